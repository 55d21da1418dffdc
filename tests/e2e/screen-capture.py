#!/usr/bin/python3
"""Saves the X screen ($DISPLAY) as a PNG: what a person would see, taken
without the webview's help. Run: screen-capture.py OUT.png"""

import sys

import gi

gi.require_version("Gdk", "3.0")
from gi.repository import Gdk  # noqa: E402

root = Gdk.get_default_root_window()
shot = Gdk.pixbuf_get_from_window(root, 0, 0, root.get_width(), root.get_height())
shot.savev(sys.argv[1], "png", [], [])
