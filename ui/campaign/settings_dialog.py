"""The campaign's numbers: top N (nominations and relapse), K months, the observation period."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QSpinBox, QWidget

from storage.campaign import states
from storage.store.db import Store


class CampaignSettingsDialog(QDialog):
    """Edits the three settings; OK saves them, Cancel leaves them as they were."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Campaign settings"))
        labels = {
            "campaign.top_n": self.tr("Nominate (and find relapses) from the monthly top N, "
                                      "N ="),
            "campaign.min_months": self.tr("… in at least K months of the year, K ="),
            "campaign.observation_months": self.tr("Observation period (months)"),
        }
        self.spins: dict[str, QSpinBox] = {}
        form = QFormLayout(self)
        for key, label in labels.items():
            spin = QSpinBox(self)
            spin.setRange(1, 10000)
            spin.setValue(states.setting(store, key))
            self.spins[key] = spin
            form.addRow(label, spin)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._on_ok)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _on_ok(self) -> None:
        for key, spin in self.spins.items():
            states.set_setting(self.store, key, spin.value())
        self.accept()
