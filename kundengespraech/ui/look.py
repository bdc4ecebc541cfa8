"""The app's look: large, calm and readable at arm's length, with one accent colour."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from kundengespraech import resources

ACCENT = "#1F4E79"
BASE_POINT_SIZE = 14

STYLE_SHEET = f"""
QWidget {{ color: #1d2733; }}
QMainWindow, QStackedWidget > QWidget {{ background: #f7f6f3; }}
QLabel#pageTitle {{ font-size: 24pt; font-weight: 600; color: {ACCENT}; }}
QLabel#sectionTitle, QLabel#panelHeading {{ font-size: 16pt; font-weight: 600; color: {ACCENT}; }}
QLabel#questionLabel {{ font-weight: 600; }}
QLabel#muted, QLabel#caption, QLabel#help {{ color: #5b6673; }}
QLabel#help, QLabel#caption {{ font-size: 12pt; }}
QLabel#error {{ color: #a3391f; font-weight: 600; }}
QLabel#required {{ color: #5b6673; font-size: 11pt; }}
QLabel#sliderValue {{ font-weight: 600; color: {ACCENT}; }}
QLabel#cardTitle {{ font-size: 15pt; font-weight: 600; }}
QLabel#reasonFor {{ color: #1f5a34; }}
QLabel#reasonAgainst {{ color: #8a4b12; }}
QFrame#card {{ background: white; border: 1px solid #d9d6cf; border-radius: 10px; }}
QFrame#sidePanel {{ background: #eef2f6; border-left: 1px solid #d9dee5; }}
QLineEdit, QPlainTextEdit, QSpinBox, QComboBox, QDateTimeEdit {{
    background: white; border: 1px solid #b9c0c8; border-radius: 6px; padding: 6px 8px;
    min-height: 28px;
}}
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {{
    subcontrol-origin: border; width: 30px; background: #eef1f4; border-left: 1px solid #b9c0c8;
}}
QAbstractSpinBox::up-button {{ subcontrol-position: top right; border-top-right-radius: 6px; }}
QAbstractSpinBox::down-button {{
    subcontrol-position: bottom right; border-bottom-right-radius: 6px;
}}
QAbstractSpinBox::up-arrow {{ image: url(ARROW_UP); width: 12px; height: 12px; }}
QAbstractSpinBox::down-arrow {{ image: url(ARROW_DOWN); width: 12px; height: 12px; }}
QLineEdit:focus, QPlainTextEdit:focus, QSpinBox:focus, QComboBox:focus, QDateTimeEdit:focus {{
    border: 2px solid {ACCENT};
}}
QPushButton {{
    background: white; border: 1px solid #9aa5b1; border-radius: 8px; padding: 10px 20px;
}}
QPushButton:focus {{ border: 2px solid {ACCENT}; }}
QPushButton#primary {{ background: {ACCENT}; color: white; border: 2px solid {ACCENT}; }}
QPushButton#primary:focus {{ border: 2px solid #0b2a45; }}
QPushButton:disabled {{ color: #9aa5b1; }}
QCheckBox, QRadioButton {{ spacing: 10px; padding: 4px 0; }}
QCheckBox:focus, QRadioButton:focus {{ color: {ACCENT}; text-decoration: underline; }}
QListWidget {{ background: white; border: 1px solid #d9d6cf; border-radius: 8px; padding: 4px; }}
QListWidget#topics {{ background: transparent; border: none; }}
QListWidget#topics::item {{ padding: 8px 10px; margin: 2px 0; border-radius: 6px; }}
QListWidget#topics::item:selected {{ background: {ACCENT}; color: white; }}
QProgressBar {{ border: none; background: #dde3ea; border-radius: 4px; text-align: center; }}
QProgressBar::chunk {{ background: {ACCENT}; border-radius: 4px; }}
QScrollArea {{ border: none; background: transparent; }}
"""


def apply_theme(app: QApplication) -> None:
    """Large base font, a calm light palette and the style sheet above."""
    font = QFont(app.font())
    font.setPointSize(BASE_POINT_SIZE)
    app.setFont(font)
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#f7f6f3"))
    palette.setColor(QPalette.ColorRole.Base, QColor("white"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#1d2733"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#1d2733"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("white"))
    palette.setColor(QPalette.ColorRole.Button, QColor("white"))
    palette.setColor(QPalette.ColorRole.ButtonText, QColor("#1d2733"))
    app.setPalette(palette)
    arrows = {
        "ARROW_UP": resources.file_path("icons", "arrow_up.svg").as_posix(),
        "ARROW_DOWN": resources.file_path("icons", "arrow_down.svg").as_posix(),
    }
    sheet = STYLE_SHEET
    for placeholder, path in arrows.items():
        sheet = sheet.replace(placeholder, path)
    app.setStyleSheet(sheet)
