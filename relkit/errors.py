"""Errors a learner can act on, in the learner's language.

Each error carries a message id and named parameters. ``str(error)`` translates it into the language
relkit speaks *when the message is shown*; ``error.english`` gives the English text to search the web
with. The classes subclass ``ValueError`` or ``TypeError`` so code written against the standard
exceptions still catches them.
"""

from __future__ import annotations

from .i18n import translate

__all__ = [
    "MissingColumnError",
    "RelkitError",
    "RelkitTypeError",
    "RelkitValueError",
    "RelkitWarning",
    "UnknownTableError",
]


class _Translated:
    """A message id and named parameters, shown in the language relkit speaks when it is shown."""

    def __init__(self, msgid: str, /, **params: object) -> None:
        super().__init__(msgid)
        self.msgid = msgid
        self.params = params

    def __str__(self) -> str:
        return translate(self.msgid, **self.params)

    @property
    def english(self) -> str:
        """The message in English, whatever the current language."""
        return translate(self.msgid, lang="en", **self.params)

    def __reduce__(self):  # keep errors and warnings picklable (multiprocessing, nbclient)
        return (_rebuild, (type(self), self.msgid, self.params))


class RelkitError(_Translated, Exception):
    """Base class of every error relkit raises on purpose.

    Parameters
    ----------
    msgid : str
        Message id in the catalogs, such as ``"err.missing_columns"``.
    **params
        Values for the message's named placeholders.

    Examples
    --------
    >>> import relkit
    >>> err = RelkitValueError("err.unknown_language", value="'fr'", allowed="'en', 'hi', 'bn'")
    >>> with relkit.language("hi"):
    ...     print(err)
    अज्ञात भाषा 'fr'। इनमें से कोई एक चुनिए: 'en', 'hi', 'bn'।
    >>> err.english
    "Unknown language 'fr'. Choose one of 'en', 'hi', 'bn'."
    """


def _rebuild(cls: type[_Translated], msgid: str, params: dict[str, object]) -> _Translated:
    return cls(msgid, **params)


class RelkitValueError(RelkitError, ValueError):
    """An argument has the right type but a value relkit cannot use."""


class RelkitTypeError(RelkitError, TypeError):
    """An argument has the wrong type, for example a list where a DataFrame is needed."""


class MissingColumnError(RelkitValueError, KeyError):
    """A table lacks a column the calculation needs; the message lists the columns it does have."""

    def __str__(self) -> str:  # KeyError would otherwise wrap the text in quotes
        return RelkitError.__str__(self)


class UnknownTableError(RelkitError, KeyError):
    """A world has no table of that name; the message lists the tables it has."""

    def __str__(self) -> str:  # KeyError would otherwise wrap the text in quotes
        return RelkitError.__str__(self)


class RelkitWarning(_Translated, UserWarning):
    """A result relkit could compute but that is probably not what the learner meant.

    Like the errors, it carries a message id and named parameters, and ``str()`` speaks the current
    language.

    Examples
    --------
    >>> import warnings
    >>> warning = RelkitWarning("err.negative_number", name="cac", value="-5")
    >>> str(warning)
    '`cac` cannot be negative, but -5 was given. Write 0 or more.'
    """
