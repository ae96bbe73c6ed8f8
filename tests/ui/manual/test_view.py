"""The manual's window: the tree, finding an item, editing it, importing a workbook."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop import settings as app_settings
from exports.manual import manual_file
from storage.manual import items, links, source
from storage.store import db
from tests.gui_fixtures import TODAY, type_text
from ui.main_window import MainWindow
from ui.manual import menu as manual_menu
from ui.manual.import_dialog import ManualImportDialog
from ui.manual.item_dialog import ItemDialog
from ui.manual.view import ManualView


@pytest.fixture
def view(qtbot: QtBot, store: db.Store) -> ManualView:
    source.install_builtin(store)
    made = ManualView(store)
    qtbot.addWidget(made)
    return made


def _visible(view: ManualView) -> list[str]:
    return [c.text(0).split(" ", 1)[0] for c in view._children() if not c.isHidden()]


def test_the_tree_shows_every_item_and_a_search_narrows_it(view: ManualView) -> None:
    assert len(_visible(view)) == 46 and view.tree.topLevelItemCount() == 5
    view.search.setText("困人")
    assert _visible(view) == ["2.01"]
    view.search.setText("消防")  # a lead department: every item it leads or names
    assert "3.01" in _visible(view) and "2.01" not in _visible(view)
    view.search.setText("")
    assert view.select("3.01")
    assert "消防" in view.card.text.text() and "公安" in view.card.text.text()


def test_editing_an_item_saves_a_new_version(view: ManualView, store: db.Store,
                                             qtbot: QtBot) -> None:
    item = items.find(store, "3.11")
    dialog = ItemDialog(store, item)
    qtbot.addWidget(dialog)
    dialog.fields["lead"].clear()  # type: ignore[union-attr]
    dialog.accept()
    assert "lead department" in dialog.problem.text()
    assert items.find(store, "3.11").lead == "公安"  # nothing saved
    dialog.fields["lead"].setText("生态环境")  # type: ignore[union-attr]
    type_text(dialog.fields["hotline_keywords"], "；广场舞")
    dialog.accept()
    saved = items.find(store, "3.11")
    assert saved.lead == "生态环境" and saved.entries("hotline_keywords")[-1] == "广场舞"


def test_a_new_item_takes_the_next_code_of_its_category(view: ManualView, store: db.Store,
                                                        qtbot: QtBot,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    view.select("3.05")
    opened: list[ItemDialog] = []

    def fill(dialog: ItemDialog) -> int:
        opened.append(dialog)
        dialog.fields["title"].setText("高空抛物")  # type: ignore[union-attr]
        dialog.fields["lead"].setText("公安")  # type: ignore[union-attr]
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(ItemDialog, "exec", fill)
    view.new_item()
    assert opened[0].code.text() == "3.13"
    assert items.find(store, "3.13").title == "高空抛物"
    assert view.current_item().code == "3.13"  # type: ignore[union-attr]


def test_the_import_dialog_lists_problems_and_imports_a_clean_file(
        view: ManualView, store: db.Store, qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "手册.xlsx"
    manual_file.export(store, path)
    book = openpyxl.load_workbook(path)
    book["事项"]["H3"] = ""
    book.save(path)
    dialog = ManualImportDialog(store)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.load(path).signals.finished, timeout=20000):
        pass
    assert dialog.problems.count() == 1 and not dialog.import_button.isEnabled()
    book["事项"]["H3"] = "街道"
    book.save(path)
    with qtbot.waitSignal(dialog.load(path).signals.finished, timeout=20000):
        pass
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert items.find(store, "1.01").lead == "街道"


def test_the_manual_opens_in_one_tab_and_again_after_closing(qtbot: QtBot,
                                                             store: db.Store) -> None:
    window = MainWindow(store, app_settings.Settings.for_store(store), "en", today=TODAY)
    qtbot.addWidget(window)
    menu = manual_menu.install(window)
    first = menu.show_manual()
    assert menu.show_manual() is first
    window.close_tab(window.tabs.indexOf(first))
    qtbot.waitUntil(lambda: menu.window.kept_tab("manual") is None)
    again = menu.show_manual()
    assert again is not first and window.tabs.currentWidget() is again


def test_a_deleted_item_leaves_the_tree_and_routes_nothing(view: ManualView,
                                                           store: db.Store) -> None:
    view.select("2.01")
    view.delete_current(confirmed=True)
    assert "2.01" not in _visible(view) and len(_visible(view)) == 45
    assert links.Router(store).for_text("", "电梯困人") is None
