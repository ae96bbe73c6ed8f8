"""Privacy and access log: the store's protection, its privacy settings, and who did what."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from exports.privacy import policy
from storage import clock
from storage.store import db
from ui import tables

_LOG = tables.Query(source="access_log", order="id DESC",
                    key="id, at, action, what, detail, officer, account")


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def action_label(action: str) -> str:
    """An access-log action in words."""
    labels = {"open": tr("opened the store"), "export": tr("exported"),
              "print": tr("printed"), "import": tr("imported"),
              "undo_import": tr("undid an import"), "encrypt": tr("encrypted the store"),
              "decrypt": tr("decrypted the store"),
              "change_passphrase": tr("changed the passphrase"),
              "unlock": tr("unlocked"), "unlock_failed": tr("wrong passphrase at the lock")}
    return labels.get(action, action)


def document_labels() -> dict[str, str]:
    return {"inspection": tr("Inspection records"), "notice": tr("Rectification notices"),
            "brief": tr("Meeting brief"), "street": tr("Street quarterly reports"),
            "compound": tr("Compound files"), "circular": tr("Circulars of the street review"),
            "property": tr("Property rankings"), "ledger": tr("The problem ledger"),
            "package": tr("The package for officers (workbook)")}


class PrivacyDialog(QDialog):
    """Two tabs: the store's protection and settings, and the access log."""

    lock_minutes_changed = Signal(int)

    def __init__(self, store: db.Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.setWindowTitle(self.tr("Privacy and access log"))
        self.resize(860, 560)
        tabs = QTabWidget(self)
        tabs.addTab(self._protection(), self.tr("Protection"))
        tabs.addTab(self._log(), self.tr("Access log"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)

    def _protection(self) -> QWidget:
        page = QWidget(self)
        store = self._store
        status = QLabel(self.tr(
            "This store is encrypted (SQLCipher, AES-256): without its passphrase the file, "
            "its backups and its photos cannot be read.") if store.encrypted else self.tr(
            "This store is not encrypted: anyone who copies {path} can read it. Close XunCha "
            "and run “xuncha-cli encrypt --db {path}” to encrypt it, with its photos and "
            "backups.").format(path=store.path), page)
        status.setWordWrap(True)
        self.lock_minutes = QSpinBox(page)
        self.lock_minutes.setRange(0, 24 * 60)
        self.lock_minutes.setSpecialValueText(self.tr("never"))
        self.lock_minutes.setSuffix(self.tr(" min"))
        self.lock_minutes.setValue(policy.lock_minutes(store))
        self.lock_minutes.setEnabled(store.encrypted)
        self.require = QCheckBox(self.tr("Require encrypted workbooks (exports, packages "
                                         "and imports)"), page)
        self.require.setChecked(policy.require_encrypted(store))
        form = QFormLayout()
        form.addRow(self.tr("Lock after idle:"), self.lock_minutes)
        form.addRow(self.require)
        masks = QGroupBox(self.tr("Mask phone, ID card and bank card numbers in"), page)
        self.masks = {}
        column = QVBoxLayout(masks)
        for document, label in document_labels().items():
            box = QCheckBox(label, masks)
            box.setChecked(policy.masks(store, document))
            column.addWidget(box)
            self.masks[document] = box
        layout = QVBoxLayout(page)
        layout.addWidget(status)
        layout.addLayout(form)
        layout.addWidget(masks)
        layout.addStretch()
        return page

    def _log(self) -> QWidget:
        self.log_model = tables.QueryModel(
            self._store, _LOG, [self.tr("When"), self.tr("What was done"), self.tr("To what"),
                                self.tr("Detail"), self.tr("Officer"), self.tr("Account")],
            self._render, self)
        view = tables.table(self.log_model, self)
        for column, width in ((0, 140), (1, 130), (3, 200), (4, 90), (5, 90)):
            view.setColumnWidth(column, width)
        view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        return view

    def _render(self, row: tuple[Any, ...]) -> list[Any]:
        _, at, action, what, detail, officer, account = row
        if action == "print":
            detail = document_labels().get(detail, detail)
        return [clock.local_text(at), action_label(action), what, detail, officer, account]

    def accept(self) -> None:
        store = self._store
        if self.lock_minutes.value() != policy.lock_minutes(store):
            policy.set_lock_minutes(store, self.lock_minutes.value())
            self.lock_minutes_changed.emit(self.lock_minutes.value())
        policy.set_require_encrypted(store, self.require.isChecked())
        for document, box in self.masks.items():
            policy.set_masks(store, document, box.isChecked())
        super().accept()
