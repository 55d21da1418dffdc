#!/usr/bin/python3
"""The desktop's side of the private session bus, for the end-to-end tests.

It owns what a desktop shell would own, so that the app talks to it exactly as
it would to a real desktop:

- org.kde.StatusNotifierWatcher: the tray host's registry. The agent's tray
  icon registers its StatusNotifierItem here.
- org.freedesktop.Notifications: records every Notify call.

It writes one JSON object per line on stdout ({"type": "ready"}, "notify",
"item") and answers requests read from stdin, one JSON object per line:
{"id": 1, "cmd": "tray"} reads the registered item's properties, identifies
its icon by comparing the icon file's pixels with the app's tray icons
(icons/tray/<state>.png, passed as arguments) and reads the labels of its
exported menu (com.canonical.dbusmenu); {"id": 2, "cmd": "click", "label": L}
clicks the menu item labelled L as a tray host does.

Run: desktop-bus.py ICON_DIR   (on the session bus of $DBUS_SESSION_BUS_ADDRESS)
"""

import json
import os
import sys

import gi

gi.require_version("Gio", "2.0")
gi.require_version("GLib", "2.0")
gi.require_version("GdkPixbuf", "2.0")
from gi.repository import GdkPixbuf, Gio, GLib  # noqa: E402

WATCHER_XML = """
<node>
  <interface name="org.kde.StatusNotifierWatcher">
    <method name="RegisterStatusNotifierItem"><arg name="service" type="s" direction="in"/></method>
    <method name="RegisterStatusNotifierHost"><arg name="service" type="s" direction="in"/></method>
    <property name="RegisteredStatusNotifierItems" type="as" access="read"/>
    <property name="IsStatusNotifierHostRegistered" type="b" access="read"/>
    <property name="ProtocolVersion" type="i" access="read"/>
    <signal name="StatusNotifierItemRegistered"><arg type="s"/></signal>
    <signal name="StatusNotifierItemUnregistered"><arg type="s"/></signal>
    <signal name="StatusNotifierHostRegistered"/>
  </interface>
</node>
"""

NOTIFICATIONS_XML = """
<node>
  <interface name="org.freedesktop.Notifications">
    <method name="Notify">
      <arg type="s" direction="in"/><arg type="u" direction="in"/><arg type="s" direction="in"/>
      <arg type="s" direction="in"/><arg type="s" direction="in"/><arg type="as" direction="in"/>
      <arg type="a{sv}" direction="in"/><arg type="i" direction="in"/>
      <arg type="u" direction="out"/>
    </method>
    <method name="CloseNotification"><arg type="u" direction="in"/></method>
    <method name="GetCapabilities"><arg type="as" direction="out"/></method>
    <method name="GetServerInformation">
      <arg type="s" direction="out"/><arg type="s" direction="out"/>
      <arg type="s" direction="out"/><arg type="s" direction="out"/>
    </method>
    <signal name="NotificationClosed"><arg type="u"/><arg type="u"/></signal>
    <signal name="ActionInvoked"><arg type="u"/><arg type="s"/></signal>
  </interface>
</node>
"""


def emit(obj):
    sys.stdout.write(json.dumps(obj) + "\n")
    sys.stdout.flush()


def pixels(pixbuf):
    """Width, height and RGBA bytes (row padding removed) of a pixbuf."""
    if not pixbuf.get_has_alpha():
        pixbuf = pixbuf.add_alpha(False, 0, 0, 0)
    w, h, stride = pixbuf.get_width(), pixbuf.get_height(), pixbuf.get_rowstride()
    data = pixbuf.read_pixel_bytes().get_data()
    rows = b"".join(data[y * stride : y * stride + w * 4] for y in range(h))
    return (w, h, rows)


class Desktop:
    def __init__(self, icon_dir):
        self.bus = Gio.bus_get_sync(Gio.BusType.SESSION, None)
        self.items = []  # (bus name, object path)
        self.next_id = 1
        self.owned = set()
        self.references = {}
        for name in sorted(os.listdir(icon_dir)):
            if name.endswith(".png"):
                pb = GdkPixbuf.Pixbuf.new_from_file(os.path.join(icon_dir, name))
                self.references[name[:-4]] = pixels(pb)

        watcher = Gio.DBusNodeInfo.new_for_xml(WATCHER_XML).interfaces[0]
        self.bus.register_object(
            "/StatusNotifierWatcher", watcher, self.on_watcher_call, self.on_watcher_property, None
        )
        notifications = Gio.DBusNodeInfo.new_for_xml(NOTIFICATIONS_XML).interfaces[0]
        self.bus.register_object(
            "/org/freedesktop/Notifications", notifications, self.on_notifications_call, None, None
        )
        for name in ("org.kde.StatusNotifierWatcher", "org.freedesktop.Notifications"):
            Gio.bus_own_name_on_connection(
                self.bus, name, Gio.BusNameOwnerFlags.NONE, self.on_acquired, self.on_lost
            )

    def on_acquired(self, _bus, name):
        self.owned.add(name)
        if len(self.owned) == 2:
            emit({"type": "ready"})

    def on_lost(self, _bus, name):
        emit({"type": "error", "message": f"could not own {name}"})

    # org.kde.StatusNotifierWatcher
    def on_watcher_call(self, _bus, sender, _path, _iface, method, params, invocation):
        if method == "RegisterStatusNotifierItem":
            (service,) = params.unpack()
            # Some items pass their object path, others (the agent) a bus name.
            if service.startswith("/"):
                item = (sender, service)
            else:
                item = (service, "/StatusNotifierItem")
            if item not in self.items:
                self.items.append(item)
            invocation.return_value(None)
            self.bus.emit_signal(
                None,
                "/StatusNotifierWatcher",
                "org.kde.StatusNotifierWatcher",
                "StatusNotifierItemRegistered",
                GLib.Variant("(s)", (item[0] + item[1],)),
            )
            emit({"type": "item", "service": item[0], "path": item[1]})
        else:
            invocation.return_value(None)

    def on_watcher_property(self, _bus, _sender, _path, _iface, prop):
        if prop == "RegisteredStatusNotifierItems":
            return GLib.Variant("as", [s + p for s, p in self.items])
        if prop == "IsStatusNotifierHostRegistered":
            return GLib.Variant("b", True)
        if prop == "ProtocolVersion":
            return GLib.Variant("i", 0)
        return None

    # org.freedesktop.Notifications
    def on_notifications_call(self, _bus, sender, _path, _iface, method, params, invocation):
        if method == "Notify":
            app, replaces, icon, summary, body, actions, hints, timeout = params.unpack()
            nid = replaces or self.next_id
            self.next_id += 1
            urgency = hints.get("urgency")
            emit(
                {
                    "type": "notify",
                    "id": nid,
                    "appName": app,
                    "icon": icon,
                    "summary": summary,
                    "body": body,
                    "actions": list(actions),
                    "urgency": int(urgency) if urgency is not None else None,
                    "desktopEntry": hints.get("desktop-entry"),
                    "sender": sender,
                }
            )
            invocation.return_value(GLib.Variant("(u)", (nid,)))
        elif method == "GetCapabilities":
            invocation.return_value(GLib.Variant("(as)", (["actions", "body"],)))
        elif method == "GetServerInformation":
            invocation.return_value(
                GLib.Variant("(ssss)", ("e2e-desktop", "WAPing Desk tests", "1", "1.2"))
            )
        else:
            invocation.return_value(None)

    # Requests from the test
    def tray(self):
        if not self.items:
            return {"registered": False}
        service, path = self.items[-1]
        props = self.item_props(service, path)
        icon_name = props.get("IconName", "")
        theme_path = props.get("IconThemePath", "")
        icon_state = None
        shown = None
        if icon_name:
            if os.path.isabs(icon_name):
                icon_file = icon_name
            else:
                icon_file = os.path.join(theme_path, icon_name + ".png")
            try:
                shown = pixels(GdkPixbuf.Pixbuf.new_from_file(icon_file))
            except GLib.Error as e:
                # The app replaced the file meanwhile: the caller asks again.
                emit({"type": "log", "message": f"icon {icon_file}: {e.message}"})
        elif props.get("IconPixmap"):
            # Pixels on the bus: the largest size, ARGB32 in network byte order.
            w, h, argb = max(props["IconPixmap"], key=lambda p: p[0] * p[1])
            argb = bytes(argb)
            rgba = b"".join(argb[i + 1 : i + 4] + argb[i : i + 1] for i in range(0, len(argb), 4))
            shown = (w, h, rgba)
        for name, ref in self.references.items():
            if ref == shown:
                icon_state = name
        menu = [label for _id, label in self.menu_items(service, props.get("Menu"))]
        return {
            "registered": True,
            "service": service,
            "path": path,
            "id": props.get("Id"),
            "status": props.get("Status"),
            "title": props.get("Title"),
            "iconName": icon_name,
            "iconThemePath": theme_path,
            "iconState": icon_state,
            "menu": menu,
        }

    def item_props(self, service, path):
        """Every property of the StatusNotifierItem at `path`."""
        reply = self.bus.call_sync(
            service,
            path,
            "org.freedesktop.DBus.Properties",
            "GetAll",
            GLib.Variant("(s)", ("org.kde.StatusNotifierItem",)),
            GLib.VariantType("(a{sv})"),
            Gio.DBusCallFlags.NONE,
            5000,
            None,
        )
        (props,) = reply.unpack()
        return props

    def menu_items(self, service, menu_path):
        """(id, label) of every item of the exported menu, in order."""
        if not menu_path:
            return []
        layout = self.bus.call_sync(
            service,
            menu_path,
            "com.canonical.dbusmenu",
            "GetLayout",
            GLib.Variant("(iias)", (0, -1, [])),
            GLib.VariantType("(u(ia{sv}av))"),
            Gio.DBusCallFlags.NONE,
            5000,
            None,
        )
        _revision, root = layout.unpack()
        items = []

        def walk(node):
            item_id, node_props, children = node
            label = node_props.get("label")
            if label is not None:
                items.append((item_id, label.replace("_", "")))
            for child in children:
                walk(child)

        walk(root)
        return items

    def click(self, label):
        """Clicks the tray menu item with this label, as a tray host does."""
        if not self.items:
            return {"error": "no StatusNotifierItem registered"}
        service, path = self.items[-1]
        menu_path = self.item_props(service, path).get("Menu")
        for item_id, item_label in self.menu_items(service, menu_path):
            if item_label == label:
                self.bus.call_sync(
                    service,
                    menu_path,
                    "com.canonical.dbusmenu",
                    "Event",
                    GLib.Variant("(isvu)", (item_id, "clicked", GLib.Variant("i", 0), 0)),
                    None,
                    Gio.DBusCallFlags.NONE,
                    5000,
                    None,
                )
                return {"clicked": label}
        return {"error": f"no menu item {label!r}"}

    def on_stdin(self, channel, condition):
        if condition & (GLib.IOCondition.HUP | GLib.IOCondition.ERR):
            loop.quit()
            return False
        line = channel.readline()
        if not line:
            loop.quit()
            return False
        request = json.loads(line)
        try:
            if request.get("cmd") == "tray":
                result = self.tray()
            elif request.get("cmd") == "click":
                result = self.click(request.get("label"))
            else:
                result = {"error": f"unknown command {request.get('cmd')!r}"}
        except GLib.Error as e:
            result = {"error": e.message}
        emit({"type": "reply", "id": request.get("id"), "value": result})
        return True


if __name__ == "__main__":
    desktop = Desktop(sys.argv[1])
    loop = GLib.MainLoop()
    stdin = GLib.IOChannel.unix_new(sys.stdin.fileno())
    GLib.io_add_watch(
        stdin,
        GLib.PRIORITY_DEFAULT,
        GLib.IOCondition.IN | GLib.IOCondition.HUP | GLib.IOCondition.ERR,
        desktop.on_stdin,
    )
    loop.run()
