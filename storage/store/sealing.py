"""Sealed files: AES-256-GCM for the photos of an encrypted store.

A sealed file is ``MAGIC``, a random 96-bit nonce, then the ciphertext with its tag.
The photo's name (the plaintext's SHA-256) is bound in as associated data, so a sealed
file renamed to another photo's name fails to open instead of showing the wrong photo.
"""

from __future__ import annotations

import os

MAGIC = b"XCSEAL1\x00"
NONCE_BYTES = 12


class SealError(ValueError):
    """A sealed file that does not open with the key (damaged, or another store's)."""


def is_sealed(data: bytes) -> bool:
    return data.startswith(MAGIC)


def seal(data: bytes, key: bytes, name: str) -> bytes:
    """``data`` encrypted and authenticated with ``key``, bound to ``name``."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM  # noqa: PLC0415 - as unseal

    nonce = os.urandom(NONCE_BYTES)
    return MAGIC + nonce + AESGCM(key).encrypt(nonce, data, name.encode())


def unseal(data: bytes, key: bytes, name: str) -> bytes:
    """The plaintext of a sealed file; SealError if the key or name does not fit."""
    # cryptography loads with the first sealed photo (a plain store never needs it)
    from cryptography.exceptions import InvalidTag  # noqa: PLC0415
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM  # noqa: PLC0415

    start = len(MAGIC)
    nonce = data[start:start + NONCE_BYTES]
    try:
        return AESGCM(key).decrypt(nonce, data[start + NONCE_BYTES:], name.encode())
    except InvalidTag as error:
        raise SealError(name) from error
