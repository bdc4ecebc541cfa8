"""The app's look: large print readable at arm's length, a calm light palette, one accent."""

from __future__ import annotations

from string import Template

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from kundengespraech import resources

BASE_POINT_SIZE = 14
ACCENT = "#1F4E79"
ACCENT_DARK = "#143A5C"
ACCENT_TINT = "#DCE6F0"
BACKGROUND = "#F6F5F2"
SURFACE = "#FFFFFF"
TEXT = "#1E2833"
MUTED = "#5A6570"
BORDER = "#AEB6BF"
ERROR = "#A13A2A"

STYLE_SHEET = Template("""
QLabel#pageTitle { font-size: 22pt; font-weight: 600; color: $ACCENT; }
QLabel#pageIntro { font-size: 15pt; color: $MUTED; }
QLabel#questionLabel { font-size: 15pt; font-weight: 600; }
QLabel#help, QLabel#caption { font-size: 12pt; color: $MUTED; }
QLabel#error { font-size: 13pt; color: $ERROR; }
QLabel#unsavedMarker { font-size: 12pt; color: #8A5A00; }
QFrame#saveBanner {
    background: #FFF4D6; border: 1px solid #E0B44C; border-radius: 6px; padding: 4px 8px;
}
QFrame#saveBanner QLabel { font-size: 13pt; color: #4A3A10; }
QLabel#sliderValue { font-weight: 600; color: $ACCENT; }

QLineEdit, QPlainTextEdit, QAbstractSpinBox, QComboBox {
    background: $SURFACE; color: $TEXT; border: 1px solid $BORDER; border-radius: 6px;
    padding: 7px 10px; min-height: 26px;
    selection-background-color: $ACCENT; selection-color: white;
}
QLineEdit:focus, QPlainTextEdit:focus, QAbstractSpinBox:focus, QComboBox:focus {
    border: 2px solid $ACCENT; padding: 6px 9px;
}
*[invalid="true"] { border-color: $ERROR; }
QAbstractSpinBox { padding-right: 38px; }
QAbstractSpinBox:focus { padding-right: 37px; }
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {
    subcontrol-origin: padding; width: 30px; background: #EEF1F4; border-left: 1px solid $BORDER;
}
QAbstractSpinBox::up-button { subcontrol-position: top right; border-top-right-radius: 5px; }
QAbstractSpinBox::down-button {
    subcontrol-position: bottom right; border-bottom-right-radius: 5px;
}
QAbstractSpinBox::up-button:hover, QAbstractSpinBox::down-button:hover { background: $TINT; }
QAbstractSpinBox::up-arrow { image: url($ARROW_UP); width: 12px; height: 12px; }
QAbstractSpinBox::down-arrow { image: url($ARROW_DOWN); width: 12px; height: 12px; }
QComboBox { padding-right: 36px; }
QComboBox::drop-down {
    subcontrol-origin: border; subcontrol-position: center right; width: 34px; border: none;
}
QComboBox::down-arrow { image: url($ARROW_DOWN); width: 14px; height: 14px; }
QComboBox QAbstractItemView {
    background: $SURFACE; border: 1px solid $BORDER; padding: 4px;
    selection-background-color: $ACCENT; selection-color: white;
}

QCheckBox, QRadioButton {
    spacing: 10px; padding: 4px 8px; border: 2px solid transparent; border-radius: 8px;
}
QCheckBox:focus, QRadioButton:focus { border-color: $ACCENT; }
QCheckBox:hover, QRadioButton:hover { background: #ECEFF2; }
QCheckBox::indicator, QRadioButton::indicator {
    width: 20px; height: 20px; background: $SURFACE; border: 2px solid #7F8B97;
}
QCheckBox::indicator { border-radius: 5px; }
QRadioButton::indicator { border-radius: 12px; }
QCheckBox::indicator:checked { background: $ACCENT; border-color: $ACCENT; image: url($CHECK); }
QRadioButton::indicator:checked {
    border-color: $ACCENT;
    background: qradialgradient(cx: 0.5, cy: 0.5, radius: 0.5, fx: 0.5, fy: 0.5,
        stop: 0 $ACCENT, stop: 0.5 $ACCENT, stop: 0.56 $SURFACE, stop: 1 $SURFACE);
}

QPushButton {
    background: $SURFACE; color: $TEXT; border: 1px solid #94A0AC; border-radius: 8px;
    padding: 9px 20px;
}
QPushButton:hover { background: #EEF1F4; }
QPushButton:focus { border: 2px solid $ACCENT; padding: 8px 19px; }
QPushButton:disabled { color: #9AA4AE; border-color: #C9CFD5; }
QPushButton#primary { background: $ACCENT; color: white; border: 2px solid $ACCENT; }
QPushButton#primary:hover { background: $ACCENT_DARK; }
QPushButton#primary:focus { border: 2px solid $ACCENT_DARK; }
QPushButton#scaleButton {
    min-width: 48px; max-width: 48px; min-height: 44px; padding: 0; font-weight: 600;
}
QPushButton#scaleButton:focus { border: 2px solid $ACCENT; }
QPushButton#scaleButton:checked { background: $ACCENT; color: white; border: 1px solid $ACCENT; }
QPushButton#scaleButton:checked:focus { border: 3px solid #8DB3D9; }

QSlider { min-height: 36px; padding: 0 4px; border: 2px solid transparent; border-radius: 8px; }
QSlider:focus { border-color: $ACCENT; }
QSlider::groove:horizontal { height: 6px; background: #CDD4DB; border-radius: 3px; }
QSlider::sub-page:horizontal { background: #8FA9C2; border-radius: 3px; }
QSlider::handle:horizontal {
    width: 24px; height: 24px; margin: -9px 0; border-radius: 12px;
    background: $ACCENT; border: 2px solid $SURFACE;
}

QScrollArea, QScrollArea > QWidget > QWidget#pageBody { background: transparent; border: none; }
QScrollBar:vertical { background: transparent; width: 14px; margin: 2px; }
QScrollBar::handle:vertical { background: #C3CAD2; border-radius: 5px; min-height: 40px; }
QScrollBar::handle:vertical:hover { background: #A7B0BA; }
QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical { height: 0; }
QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical { background: none; }
QToolTip { background: $SURFACE; color: $TEXT; border: 1px solid $BORDER; padding: 6px; }

QLabel#sectionTitle, QLabel#panelHeading { font-size: 16pt; font-weight: 600; color: $ACCENT; }
QLabel#muted { color: $MUTED; }
QLabel#cardTitle { font-size: 15pt; font-weight: 600; }
QLabel#reasonFor { color: #1F5A34; }
QLabel#reasonAgainst { color: #8A4B12; }
QFrame#card { background: $SURFACE; border: 1px solid #D9D6CF; border-radius: 10px; }
QFrame#sidePanel { background: #EEF2F6; border-left: 1px solid #D9DEE5; }
QListWidget { background: $SURFACE; border: 1px solid #D9D6CF; border-radius: 8px; padding: 4px; }
QListWidget#topics { background: transparent; border: none; }
QListWidget#topics::item { padding: 8px 10px; margin: 2px 0; border-radius: 6px; }
QListWidget#topics::item:selected { background: $ACCENT; color: white; }
QProgressBar { border: none; background: #DDE3EA; border-radius: 4px; text-align: center; }
QProgressBar::chunk { background: $ACCENT; border-radius: 4px; }
""")


def style_sheet() -> str:
    """The style sheet with colours and the arrow images filled in."""
    return STYLE_SHEET.substitute(
        ACCENT=ACCENT,
        ACCENT_DARK=ACCENT_DARK,
        TINT=ACCENT_TINT,
        SURFACE=SURFACE,
        TEXT=TEXT,
        MUTED=MUTED,
        BORDER=BORDER,
        ERROR=ERROR,
        ARROW_UP=resources.file_path("icons", "arrow_up.svg").as_posix(),
        ARROW_DOWN=resources.file_path("icons", "arrow_down.svg").as_posix(),
        CHECK=resources.file_path("icons", "check.svg").as_posix(),
    )


def palette() -> QPalette:
    """Off-white window, white fields, dark text, the accent for selections and links."""
    colours = {
        QPalette.ColorRole.Window: BACKGROUND,
        QPalette.ColorRole.WindowText: TEXT,
        QPalette.ColorRole.Base: SURFACE,
        QPalette.ColorRole.AlternateBase: "#EFF1F3",
        QPalette.ColorRole.Text: TEXT,
        QPalette.ColorRole.PlaceholderText: "#8A949E",
        QPalette.ColorRole.Button: SURFACE,
        QPalette.ColorRole.ButtonText: TEXT,
        QPalette.ColorRole.Highlight: ACCENT,
        QPalette.ColorRole.HighlightedText: "#FFFFFF",
        QPalette.ColorRole.Link: ACCENT,
        QPalette.ColorRole.ToolTipBase: SURFACE,
        QPalette.ColorRole.ToolTipText: TEXT,
    }
    result = QPalette()
    for role, colour in colours.items():
        result.setColor(role, QColor(colour))
    result.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#9AA4AE"))
    result.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#9AA4AE"))
    return result


def apply_theme(app: QApplication) -> None:
    """Large base font, the calm palette and the style sheet, for the whole application."""
    font = QFont(app.font())
    font.setPointSize(BASE_POINT_SIZE)
    app.setFont(font)
    app.setPalette(palette())
    app.setStyleSheet(style_sheet())
