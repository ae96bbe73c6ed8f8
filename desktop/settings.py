"""The officer's settings: who and which laptop (in the store), language and data folder (per user).

The officer and device names live in this installation's ``devices`` row (the one with
``is_self = 1``), which other machines see after a merge; the default department lives
in the store's ``settings`` table. The language and the data folder must be known before a
store is opened, so they live in a per-user INI file.
"""

from __future__ import annotations

from pathlib import Path

import platformdirs
from PySide6.QtCore import QSettings

from storage.store import db
from storage.store.db import Store

APP_NAME = "XunCha"
_STORE_KEYS = {"default_department": "gui.default_department"}


def user_settings_path() -> Path:
    """The per-user INI file (read afresh each time, so tests can move the home)."""
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "xuncha.ini"


class UserSettings:
    """Settings of this user on this machine: language, data folder, one-time warnings."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or user_settings_path()
        self._ini = QSettings(str(self.path), QSettings.Format.IniFormat)

    @property
    def language(self) -> str:
        """'zh_CN', 'en', or '' to follow the system."""
        return str(self._ini.value("language", "") or "")

    @language.setter
    def language(self, value: str) -> None:
        self._ini.setValue("language", value)
        self._ini.sync()

    @property
    def data_folder(self) -> Path:
        value = str(self._ini.value("data_folder", "") or "")
        return Path(value) if value else db.default_path().parent

    @data_folder.setter
    def data_folder(self, value: Path) -> None:
        self._ini.setValue("data_folder", str(value))
        self._ini.sync()

    @property
    def store_path(self) -> Path:
        return self.data_folder / db.default_path().name

    def warned(self, key: str) -> bool:
        return str(self._ini.value(f"warned/{key}", "")) == "1"

    def set_warned(self, key: str, value: bool = True) -> None:
        self._ini.setValue(f"warned/{key}", "1" if value else "")
        self._ini.sync()


class Settings:
    """Everything the settings dialog edits, over the store and the user's INI file."""

    def __init__(self, store: Store, user: UserSettings) -> None:
        self.store = store
        self.user = user

    @classmethod
    def for_store(cls, store: Store) -> Settings:
        return cls(store, UserSettings())

    def _get(self, key: str) -> str:
        row = self.store.db.execute("SELECT value FROM settings WHERE key = ?",
                                    [_STORE_KEYS[key]]).fetchone()
        return str(row[0]) if row else ""

    def _set(self, key: str, value: str) -> None:
        with self.store.atomic():
            self.store.db.table("settings").upsert({"key": _STORE_KEYS[key], "value": value},
                                             pk="key")

    @property
    def officer(self) -> str:
        row = self.store.db.execute("SELECT officer FROM devices WHERE is_self = 1").fetchone()
        return str(row[0]) if row else ""

    @officer.setter
    def officer(self, value: str) -> None:
        with self.store.atomic():
            self.store.db.table("devices").update(self.store.device_id, {"officer": value.strip()})

    @property
    def device_name(self) -> str:
        row = self.store.db.execute("SELECT name FROM devices WHERE is_self = 1").fetchone()
        return str(row[0]) if row else ""

    @device_name.setter
    def device_name(self, value: str) -> None:
        with self.store.atomic():
            self.store.db.table("devices").update(self.store.device_id, {"name": value.strip()})

    @property
    def default_department(self) -> str:
        return self._get("default_department")

    @default_department.setter
    def default_department(self, value: str) -> None:
        self._set("default_department", value.strip())

    @property
    def language(self) -> str:
        return self.user.language

    @language.setter
    def language(self, value: str) -> None:
        self.user.language = value

    @property
    def data_folder(self) -> Path:
        return self.user.data_folder

    @data_folder.setter
    def data_folder(self, value: Path) -> None:
        self.user.data_folder = value

    def needs_first_start(self) -> bool:
        """Whether the officer and device names are still to be asked for."""
        return not (self.officer and self.device_name)
