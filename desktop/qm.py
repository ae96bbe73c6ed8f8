"""Reads a compiled Qt translation (``.qm``) without Qt: the command line's catalogue.

The file is the one ``tools/translations.py release`` compiles from the ``.ts`` files, so
the command line and the windows share one source of words. Its layout (Qt's
``qtranslator.cpp``): a 16-byte magic number, then blocks, each a tag byte and a 32-bit
big-endian length. The Hashes block lists (hash of source text + comment, offset) pairs
sorted by hash; at each offset in the Messages block a message is a run of tagged fields
(Translation in UTF-16BE, SourceText, Context and Comment in UTF-8) closed by an End tag.
A lookup reads only the few messages its hash names, as Qt does, so opening the
catalogue costs one file read and nothing more.
"""

from __future__ import annotations

import bisect
import struct
from pathlib import Path

MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
HASHES_BLOCK, MESSAGES_BLOCK = 0x42, 0x69
# The tags of a message's fields (Qt's enum Tag).
END, SOURCE_16, TRANSLATION, CONTEXT_16, OBSOLETE_1, SOURCE, CONTEXT, COMMENT = range(1, 9)
NULL = 0xFFFFFFFF  # a Translation's length when there is none


class QmError(ValueError):
    """The file is not a compiled Qt translation, or it is damaged."""


class Catalogue:
    """The messages of one ``.qm`` file, looked up by context and source text."""

    def __init__(self, data: bytes) -> None:
        if not data.startswith(MAGIC):
            raise QmError("not a compiled Qt translation (.qm)")
        blocks = _blocks(data, len(MAGIC))
        if HASHES_BLOCK not in blocks or MESSAGES_BLOCK not in blocks:
            raise QmError("a .qm file without its hashes or messages")
        hashes = blocks[HASHES_BLOCK]
        pairs = struct.unpack(f">{len(hashes) // 4}I", hashes)
        self._hashes, self._offsets = pairs[0::2], pairs[1::2]
        self._messages = blocks[MESSAGES_BLOCK]

    @classmethod
    def load(cls, path: Path) -> Catalogue:
        return cls(path.read_bytes())

    def find(self, context: str, source: str, comment: str = "") -> str | None:
        """The translation of ``source`` in ``context``; None when there is none."""
        wanted = {CONTEXT: context, SOURCE: source, COMMENT: comment}
        key = elf_hash((source + comment).encode("utf-8"))
        at = bisect.bisect_left(self._hashes, key)
        while at < len(self._hashes) and self._hashes[at] == key:
            fields = _message(self._messages, self._offsets[at])
            if all(fields.get(tag, text) == text for tag, text in wanted.items()):
                return fields.get(TRANSLATION) or None
            at += 1
        return None


def elf_hash(data: bytes) -> int:
    """Qt's hash of a message's source text and comment (``elfHash`` in qtranslator.cpp)."""
    value = 0
    for byte in data:
        value = (value << 4) + byte
        high = value & 0xF0000000
        if high:
            value ^= high >> 24
        value &= ~high & 0xFFFFFFFF
    return value or 1


def _blocks(data: bytes, at: int) -> dict[int, bytes]:
    blocks = {}
    while at < len(data):
        if at + 5 > len(data):
            raise QmError("a block header is cut short")
        tag, length = data[at], struct.unpack_from(">I", data, at + 1)[0]
        at += 5
        if at + length > len(data):
            raise QmError("a block is cut short")
        blocks[tag] = data[at:at + length]
        at += length
    return blocks


def _message(block: bytes, at: int) -> dict[int, str]:
    """The fields of the message starting at ``at`` (the first translation of a plural)."""
    fields: dict[int, str] = {}
    while at < len(block):
        tag = block[at]
        at += 1
        if tag == END:
            return fields
        if tag == OBSOLETE_1:
            at += 4
            continue
        if tag > COMMENT or at + 4 > len(block):
            raise QmError(f"unknown field tag {tag} in a message")
        length = struct.unpack_from(">I", block, at)[0]
        at += 4
        if length == NULL:
            continue
        if at + length > len(block):
            raise QmError("a message field is cut short")
        raw = block[at:at + length]
        at += length
        if tag == TRANSLATION:
            fields.setdefault(TRANSLATION, raw.decode("utf-16-be"))
        elif tag in (SOURCE, CONTEXT, COMMENT):
            fields[tag] = raw.decode("utf-8")
    raise QmError("a message has no end")
