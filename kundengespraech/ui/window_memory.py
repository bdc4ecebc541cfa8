"""The window's size and place, remembered per device (never in the shared database)."""

from __future__ import annotations

import base64
import binascii
import contextlib

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QWidget

from kundengespraech.services.device_settings import DeviceSettings

GEOMETRY_KEY = "window_geometry"


def restore_geometry(window: QWidget, device: DeviceSettings) -> bool:
    """Put the window where it was last time on this device; ``False`` when nothing is known
    (or the screen it was on is gone — Qt then keeps it on a visible screen)."""
    raw = device.get(GEOMETRY_KEY)
    if not isinstance(raw, str):
        return False
    try:
        data = base64.b64decode(raw, validate=True)
    except (binascii.Error, ValueError):
        return False
    return bool(window.restoreGeometry(QByteArray(data)))


def save_geometry(window: QWidget, device: DeviceSettings) -> None:
    """Remember the window's geometry; best effort (a full disk must not block closing)."""
    data = bytes(window.saveGeometry().data())
    with contextlib.suppress(OSError):
        device.set(GEOMETRY_KEY, base64.b64encode(data).decode("ascii"))
