#!/usr/bin/python3
"""Closes a process's top-level X11 windows as a window manager's close button
does: a WM_DELETE_WINDOW message (ICCCM), which GTK turns into delete-event.

Run: close-window.py PID   (on $DISPLAY); exits 1 if the process has no window.
"""

import sys

from Xlib import X, display, protocol

pid = int(sys.argv[1])
d = display.Display()
root = d.screen().root
NET_WM_PID = d.intern_atom("_NET_WM_PID")
WM_PROTOCOLS = d.intern_atom("WM_PROTOCOLS")
WM_DELETE_WINDOW = d.intern_atom("WM_DELETE_WINDOW")

closed = 0
for window in root.query_tree().children:
    prop = window.get_full_property(NET_WM_PID, X.AnyPropertyType)
    if not prop or prop.value[0] != pid:
        continue
    attrs = window.get_attributes()
    if attrs.map_state != X.IsViewable:
        continue
    protocols = window.get_wm_protocols() or []
    if WM_DELETE_WINDOW not in protocols:
        continue
    event = protocol.event.ClientMessage(
        window=window, client_type=WM_PROTOCOLS, data=(32, [WM_DELETE_WINDOW, X.CurrentTime, 0, 0, 0])
    )
    window.send_event(event, event_mask=X.NoEventMask)
    closed += 1
d.flush()
print(f"closed {closed} window(s)")
sys.exit(0 if closed else 1)
