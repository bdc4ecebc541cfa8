"""The sheet's embedded TrueType fonts (DejaVu Sans), registered with reportlab once."""

from __future__ import annotations

import threading
from importlib.resources import files
from io import BytesIO

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

# Unique names, so that nothing else registered in the same process can clash with ours.
FONT_REGULAR = "Kundengespraech-DejaVuSans"
FONT_BOLD = "Kundengespraech-DejaVuSans-Bold"

_FILES = {FONT_REGULAR: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf"}
_lock = threading.Lock()


def register_fonts() -> None:
    """Register both fonts and their family (``<b>`` -> bold; no italic face is shipped, so
    ``<i>`` falls back to the regular face). Safe to call often and from any thread."""
    with _lock:
        registered = set(pdfmetrics.getRegisteredFontNames())
        for name, filename in _FILES.items():
            if name in registered:
                continue
            data = (files("kundengespraech_resources") / "fonts" / filename).read_bytes()
            pdfmetrics.registerFont(TTFont(name, BytesIO(data)))
        # Italic first: the last mapping of a face wins the reverse lookup (ps -> family).
        addMapping(FONT_REGULAR, 0, 1, FONT_REGULAR)
        addMapping(FONT_REGULAR, 1, 1, FONT_BOLD)
        addMapping(FONT_REGULAR, 0, 0, FONT_REGULAR)
        addMapping(FONT_REGULAR, 1, 0, FONT_BOLD)
