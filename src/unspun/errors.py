"""Errors a user can act on. Each message names the bad value and what to do about it."""


class UnspunError(Exception):
    """Base class: the CLI prints ``str(error)`` as one line and exits non-zero."""

    exit_code = 2


class InputError(UnspunError):
    """A file or record that cannot be read as an article (empty, binary, too large, undecodable)."""


class ModelsMissingError(UnspunError):
    """The prepared models are not in the cache; ``make demo`` or ``unspun prepare`` creates them."""

    exit_code = 3
