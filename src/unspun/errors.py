"""Errors a user can act on. Each message names the bad value and what to do about it."""


class UnspunError(Exception):
    """Base class: the CLI prints ``str(error)`` as one line and exits non-zero."""

    exit_code = 2


class InputError(UnspunError):
    """A file or record that cannot be read as an article (empty, binary, too large, undecodable)."""


class ModelsMissingError(UnspunError):
    """The prepared models are not in the cache; ``unspun.embed.prepare.prepare`` creates them."""

    exit_code = 3


class SettingsError(UnspunError):
    """Settings that cannot be used: an unknown key, a value of the wrong type or range, rules across stages
    broken, or a store or index built with other settings."""


class StoreMissingError(InputError):
    """No store at the path given where an existing one is needed (``path``)."""

    def __init__(self, path: object) -> None:
        super().__init__(f"no store at {path}")
        self.path = path


class StoreError(InputError):
    """A store that cannot be opened or is of a newer schema than this unspun."""


class StoreWriteError(StoreError):
    """A store that could not be written: a full disk, a read-only file, another indexer at work. The failed
    transaction was rolled back: the store opens as before, and the same command resumes."""

    exit_code = 4


class OutputError(UnspunError):
    """A report or site that cannot be written where asked."""


class WorkerError(UnspunError):
    """A worker process died (out of memory, or a script without a ``__main__`` guard); what was committed
    before stays in the store."""


class RecordLimitError(InputError):
    """One record of a batch took more time or memory than its budget (``Settings.limits``): the batch skips it
    and goes on."""
