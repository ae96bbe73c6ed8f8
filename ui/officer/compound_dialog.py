"""Adding a compound by hand: for an officer whose store has none yet, or a new one on site."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from storage.inspection import compounds
from storage.store.db import Store
from ui import errors


class CompoundDialog(QDialog):
    """Name (required), where it is, property company, households, party branch."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.compound: compounds.Compound | None = None
        self.setWindowTitle(self.tr("Add a compound"))
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("e.g. 香榭丽"))
        self.district = QLineEdit(self)
        self.street = QLineEdit(self)
        self.community = QLineEdit(self)
        self.address = QLineEdit(self)
        self.property_company = QLineEdit(self)
        self.households = QSpinBox(self)
        self.households.setRange(0, 100_000)
        self.households.setSpecialValueText(self.tr("unknown"))
        self.branch = QComboBox(self)
        for text, code in ((self.tr("unknown"), ""), (self.tr("entity-type"), "entity"),
                           (self.tr("functional"), "functional")):
            self.branch.addItem(text, code)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #b00020")
        self.problem.setWordWrap(True)
        form = QFormLayout()
        for text, field in ((self.tr("&Name:"), self.name), (self.tr("&District:"), self.district),
                            (self.tr("S&treet:"), self.street),
                            (self.tr("Co&mmunity:"), self.community),
                            (self.tr("&Address:"), self.address),
                            (self.tr("&Property company:"), self.property_company),
                            (self.tr("&Households:"), self.households),
                            (self.tr("Party &branch:"), self.branch)):
            form.addRow(text, field)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(460, 380)

    def collect(self) -> compounds.Compound:
        return compounds.Compound(
            name=self.name.text().strip(), district=self.district.text().strip(),
            street=self.street.text().strip(), community=self.community.text().strip(),
            address=self.address.text().strip(),
            property_company=self.property_company.text().strip(),
            households=self.households.value() or None,
            party_branch=str(self.branch.currentData()))

    def accept(self) -> None:
        made = self.collect()
        if not made.name:
            self.problem.setText(self.tr("A compound needs a name."))
            self.name.setFocus()
            return
        same = [c for c in compounds.search(self.store, made.name, district=made.district,
                                            street=made.street) if c.name == made.name]
        if same:
            self.problem.setText(self.tr("{name} is already in the store ({street}).")
                                 .format(name=made.name, street=same[0].street or "—"))
            return
        self.compound = errors.attempt(self, lambda: compounds.save(self.store, made))
        if self.compound is not None:
            super().accept()
