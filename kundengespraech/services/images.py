"""Vehicle photos: copied into the app's data folder under their content's hash, found by name.

A catalogue file names a photo relative to its own folder (or to a folder the user picks); on
import the photo is copied to ``<data folder>/images/<sha1>.<png|jpg>`` and the vehicle keeps
only that name, so photos survive when the original folder is gone.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from pathlib import Path, PureWindowsPath

import platformdirs

from kundengespraech.domain.catalogue import Vehicle
from kundengespraech.services.files import write_atomically
from kundengespraech.storage.database import APP_NAME

# What a PNG or a JPEG file starts with; the stored name gets the suffix of its content.
_SIGNATURES = ((b"\x89PNG\r\n\x1a\n", ".png"), (b"\xff\xd8\xff", ".jpg"))
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg")
STORED_NAME = re.compile(r"[0-9a-f]{40}\.(?:png|jpg)")


class ImageProblem(Exception):
    """A photo named by the catalogue that cannot be used; the message says why in German."""


def images_folder() -> Path:
    """Where imported photos are kept: ``images`` in the app's data folder."""
    return Path(platformdirs.user_data_dir(APP_NAME, APP_NAME)) / "images"


def image_path(vehicle: Vehicle, folder: Path | None = None) -> Path | None:
    """The full path of the vehicle's photo, or ``None`` if it has none or the file is gone.

    ``folder`` is the photo store (default :func:`images_folder`); an absolute path written by
    hand into the catalogue is honoured too.
    """
    name = vehicle.image.strip()
    if not name:
        return None
    if STORED_NAME.fullmatch(name):
        path = (folder or images_folder()) / name
    elif Path(name).is_absolute():
        path = Path(name)
    else:
        return None
    return path if path.is_file() else None


def image_kind(head: bytes) -> str | None:
    """ ".png" or ".jpg" by the file's first bytes; ``None`` for anything else."""
    for signature, suffix in _SIGNATURES:
        if head.startswith(signature):
            return suffix
    return None


def locate_image(reference: str, folders: Sequence[Path], store: Path | None = None) -> Path:
    """The photo file a catalogue cell names, searched in ``folders`` in order.

    A name already in the photo store (a re-imported export) is found there. Raises
    ``ImageProblem`` when the file is missing or is no PNG/JPG.
    """
    name = reference.strip()
    store = store or images_folder()
    if STORED_NAME.fullmatch(name) and (store / name).is_file():
        return store / name
    if re.match(r"[a-z][a-z0-9+.-]*://", name, re.IGNORECASE):
        raise ImageProblem(
            f"„{name}“ ist eine Internet-Adresse; Fotos werden nur aus Dateien übernommen"
        )
    relative = name.replace("\\", "/")
    candidates = [Path(relative)] if Path(relative).is_absolute() else []
    candidates += [folder / relative for folder in folders]
    # A path written on another computer ("C:\Bilder\golf.jpg"): look for the file name.
    base = PureWindowsPath(name).name
    candidates += [folder / base for folder in folders if base != relative]
    found = next((path for path in candidates if path.is_file()), None)
    if found is None:
        where = ", ".join(str(folder) for folder in folders) or "–"
        raise ImageProblem(f"Bilddatei „{name}“ nicht gefunden (gesucht in: {where})")
    if found.suffix.lower() not in IMAGE_SUFFIXES:
        raise ImageProblem(f"„{name}“ ist kein Foto im Format PNG oder JPG")
    try:
        with found.open("rb") as handle:
            head = handle.read(16)
    except OSError as error:
        message = f"Bilddatei „{name}“ kann nicht gelesen werden ({error.strerror})"
        raise ImageProblem(message) from error
    if image_kind(head) is None:
        raise ImageProblem(f"„{name}“ ist keine lesbare PNG- oder JPG-Datei")
    return found


def store_image(source: Path, store: Path | None = None) -> str:
    """Copy a photo into the store under its content's SHA-1; returns the stored name."""
    store = store or images_folder()
    data = source.read_bytes()
    suffix = image_kind(data[:16]) or ".jpg"
    name = hashlib.sha1(data, usedforsecurity=False).hexdigest() + suffix
    target = store / name
    if not target.is_file():
        store.mkdir(parents=True, exist_ok=True)
        write_atomically(target, data)
    return name
