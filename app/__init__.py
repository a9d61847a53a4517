"""Cymharu: compare what Welsh public-policy documents say, when, and about which councils."""

from importlib import metadata as _metadata

APP_NAME = "Cymharu"
ORG_NAME = "Cymharu"
ORG_DOMAIN = "cymharu.cymru"

try:
    __version__ = _metadata.version("cymharu")
except _metadata.PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.1.0"
