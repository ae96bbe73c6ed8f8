"""Qt widgets only: the main window, views, item models, dialogs and the form renderer.

Packages: `form` (filling a checklist), `lists` (the officer's lists), `officer` (the
officer's dialogs), `sync`, `reports`, `campaign`; `messages` words every error and
label of the lower layers; `worker` runs every long job off the GUI thread;
`import_dialog` is the one way a file is imported from the window. May import
`exports` and `storage`."""

from ui import signal_refcount  # noqa: F401, E402 - before any signal is emitted
