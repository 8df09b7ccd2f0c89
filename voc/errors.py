"""Domain errors. Library code raises these; only the CLI turns them into exit codes and messages.

Every message says what went wrong, where (file, key, value) and how to fix it.
"""


class VocError(Exception):
    """Base class for every error voc reports to a user."""

    exit_code = 2


class SettingsError(VocError):
    """A settings value is missing, of the wrong type or not one of the valid choices."""


class WarehouseError(VocError):
    """The warehouse file cannot be opened or is from a newer voc."""


class IngestError(VocError):
    """An input path or manifest cannot be read."""


class AudioError(VocError):
    """An audio file cannot be decoded. Permanent for that file: retrying will not help."""


class ModelError(VocError):
    """A model cannot be found or loaded (no hub access is ever attempted for bundled names)."""


class LockError(VocError):
    """Another voc run holds the warehouse."""


class TransientError(VocError):
    """A failure worth retrying (out of memory on the GPU, a worker lost)."""


class NotInstalled(VocError):
    """An optional dependency is missing; the message names the pip command that installs it."""
