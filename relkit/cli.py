"""The ``relkit`` command: open the lessons, check an installation, simulate a world, prepare a class.

Every answer follows ``--ui-lang`` or the ``RELKIT_LANG`` environment variable (English by default), so a
learner who works in Hindi or Bengali reads the command's answers in that language too: its help, its
complaints about a mistyped option, and the note it prints when stopped with Ctrl+C. ``RELKIT_LANG``
understands the usual spellings (``hindi``, ``HI``, ``hi_IN.UTF-8``, ``bangla``, ``bn-IN``); anything else
gets a warning in all three languages, and the command carries on in English.

Exit codes: 0 success, 1 a check failed (``doctor``) or the computer stopped the work (no memory, a
disk error), 2 bad usage or bad input (the message says what to change), 128 + the signal's number when
stopped: 130 for Ctrl+C, 143 for ``kill`` (``SIGTERM``), 129 for a closed terminal (``SIGHUP``).
"""

from __future__ import annotations

import argparse
import datetime
import difflib
import os
import re
import signal
import sys
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from typing import NoReturn

from . import i18n
from .errors import RelkitError
from .interrupt import Stopped, exit_code, stop_signals_raise

__all__ = ["build_parser", "main", "resolve_language"]

FORMATS = ("csv", "parquet", "sqlite")  # the same as relkit.simulation.cli.FORMATS; a test checks it
MAX_MONTHS = 240  # the same as relkit.simulation.world.MAX_MONTHS, without importing pandas to say it

_LANGUAGE_ALIASES = {
    **dict.fromkeys(("en", "eng", "english", "अंग्रेज़ी", "अंग्रेजी", "ইংরেজি"), "en"),
    **dict.fromkeys(("hi", "hin", "hindi", "हिंदी", "हिन्दी", "হিন্দি"), "hi"),
    **dict.fromkeys(("bn", "ben", "bengali", "bangla", "bengla", "बांग्ला", "বাংলা"), "bn"),
}


def resolve_language(value: str | None) -> str | None:
    """Return the relkit language code `value` means, or None when it means none of them.

    Accepts the codes, the languages' names in English and in their own script, and locale names such
    as ``hi_IN.UTF-8`` or ``bn-IN``, in any case.

    Examples
    --------
    >>> [resolve_language(v) for v in ["hi", "Hindi", "HI", "hi_IN.UTF-8", "bangla", "bn-IN", "বাংলা"]]
    ['hi', 'hi', 'hi', 'hi', 'bn', 'bn', 'bn']
    >>> resolve_language("fr") is None
    True
    """
    if value is None:
        return None
    text = unicodedata.normalize("NFC", str(value)).strip().casefold()
    text = re.split(r"[.@]", text, maxsplit=1)[0]  # hi_IN.UTF-8, bn_IN@latin
    base = re.split(r"[_\-\s]", text, maxsplit=1)[0]  # hi_IN, bn-BD
    return _LANGUAGE_ALIASES.get(text) or _LANGUAGE_ALIASES.get(base)


# --- argparse in the learner's language ----------------------------------------------------------------
# argparse builds its own sentences ("usage: ", "the following arguments are required: %s") with
# gettext. While a relkit parser builds, parses or prints, those sentences come from relkit's catalogs,
# with their %-placeholders put where the translation wants them. A sentence a newer Python adds stays
# English until it is listed here.
_ARGPARSE_TEXTS: dict[str, tuple[str, dict[str, str]]] = {
    "usage: ": ("cli.argparse.usage", {}),
    "options": ("cli.argparse.options", {}),
    "positional arguments": ("cli.argparse.positionals", {}),
    "show this help message and exit": ("cli.help_help", {}),
    "argument %(argument_name)s: %(message)s": (
        "cli.argparse.argument",
        {"option": "%(argument_name)s", "message": "%(message)s"},
    ),
    "the following arguments are required: %s": ("cli.argparse.required", {"options": "%s"}),
    "one of the arguments %s is required": ("cli.argparse.required", {"options": "%s"}),
    "expected one argument": ("cli.argparse.expected_one", {}),
    "expected at most one argument": ("cli.argparse.expected_one", {}),
    "expected at least one argument": ("cli.argparse.expected_one", {}),
    "ambiguous option: %(option)s could match %(matches)s": (
        "cli.argparse.ambiguous",
        {"option": "%(option)s", "matches": "%(matches)s"},
    ),
    "ignored explicit argument %r": ("cli.argparse.no_value", {"value": "%r"}),
    "unrecognized arguments: %s": ("cli.err.unrecognized", {"arguments": "%s"}),
}


def _argparse_text(text: str) -> str:
    entry = _ARGPARSE_TEXTS.get(text)
    if entry is None:
        return text
    msgid, slots = entry
    return i18n.translate(msgid).replace("%", "%%").format(**slots)


@contextmanager
def _argparse_speaks_relkit() -> Iterator[None]:
    saved = argparse._, argparse.ngettext
    argparse._ = _argparse_text
    argparse.ngettext = lambda singular, plural, n: _argparse_text(singular if n == 1 else plural)
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved


_NEGATIVE_NUMBER = re.compile(r"-\d+(\.\d*)?|-\.\d+")  # a value such as --seed -1, not an option


class _ValueProblem(argparse.ArgumentTypeError):
    """What a relkit type converter found wrong, as a message id; the parser adds the option's name."""

    def __init__(self, msgid: str, **params: object) -> None:
        super().__init__(msgid)
        self.msgid = msgid
        self.params = params


class _OptionError(argparse.ArgumentError):
    """An ArgumentError whose message already names the option, so argparse adds no prefix."""

    def __str__(self) -> str:
        return self.message


def _option_name(action: argparse.Action) -> str:
    return max(action.option_strings, key=len) if action.option_strings else "COMMAND"


def _did_you_mean(value: str, candidates: Sequence[str]) -> str:
    close = difflib.get_close_matches(value, candidates, n=1, cutoff=0.6)
    return " " + i18n.translate("cli.did_you_mean", suggestion=close[0]) if close else ""


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser that speaks the learner's language and answers mistakes in relkit's words."""

    def __init__(self, *args, **kwargs) -> None:
        with _argparse_speaks_relkit():
            super().__init__(*args, **kwargs)
        self.commands: dict[str, _Parser] = {}

    def format_usage(self) -> str:
        with _argparse_speaks_relkit():
            return super().format_usage()

    def format_help(self) -> str:
        with _argparse_speaks_relkit():
            return super().format_help()

    def parse_known_args(self, args=None, namespace=None):
        with _argparse_speaks_relkit():
            return super().parse_known_args(args, namespace)

    def parse_args(self, args=None, namespace=None):
        self._refuse_unknown_options(sys.argv[1:] if args is None else list(args))
        namespace, extras = self.parse_known_args(args, namespace)
        if extras:
            parser = self.commands.get(getattr(namespace, "command", None) or "", self)
            parser.error(parser._unrecognized(extras))
        return namespace

    def _refuse_unknown_options(self, argv: list[str]) -> None:
        """Answer a misspelt option (``--custmers``) before argparse asks for the options it lacks."""
        parser, known = self, self._option_names()
        for token in argv:
            if token == "--":
                return
            if token in self.commands and parser is self:
                parser = self.commands[token]
                known = parser._option_names() + self._option_names()
                continue
            if not token.startswith("-") or token == "-" or _NEGATIVE_NUMBER.fullmatch(token):
                continue
            option = token.split("=", 1)[0]
            if not any(name.startswith(option) for name in known):  # argparse accepts a unique prefix
                parser.error(parser._unrecognized([token]))

    def _option_names(self) -> list[str]:
        return [name for action in self._actions for name in action.option_strings]

    def _unrecognized(self, extras: list[str]) -> str:
        message = i18n.translate("cli.err.unrecognized", arguments=" ".join(extras))
        options = self._option_names()
        for extra in extras:
            if extra.startswith("-"):
                return message + _did_you_mean(extra.split("=", 1)[0], options)
        return message + " " + i18n.translate("cli.hint.values_follow_options")

    def _get_value(self, action: argparse.Action, arg_string: str):
        convert = self._registry_get("type", action.type, action.type)
        try:
            return convert(arg_string)
        except _ValueProblem as problem:
            message = i18n.translate(
                problem.msgid, option=_option_name(action), value=repr(arg_string), **problem.params
            )
        except (TypeError, ValueError, argparse.ArgumentTypeError):
            message = i18n.translate("cli.err.bad_value", option=_option_name(action), value=repr(arg_string))
        raise _OptionError(action, message)

    def _check_value(self, action: argparse.Action, value: object) -> None:
        if action.choices is None or value in action.choices:
            return
        allowed = [str(choice) for choice in action.choices]
        hint = _did_you_mean(str(value), allowed)
        if action.option_strings:
            option = _option_name(action)
            message = i18n.translate(
                "cli.err.bad_choice", option=option, value=repr(value), allowed=", ".join(allowed)
            )
        else:
            message = i18n.translate("cli.err.bad_command", value=repr(value), allowed=", ".join(allowed))
        raise _OptionError(action, message + hint)

    def error(self, message: str) -> NoReturn:
        """Print the usage, the problem and where to read more, in the learner's language; exit with 2."""
        self.print_usage(sys.stderr)
        problem = i18n.translate("cli.usage_error", prog=self.prog, message=message)
        hint = i18n.translate("cli.hint.see_help", command=f"{self.prog} --help")
        self.exit(2, f"{problem}\n{hint}\n")


# --- what each option accepts ----------------------------------------------------------------------------
def _whole_number(*, minimum: int, example: int, maximum: int | None = None) -> Callable[[str], int]:
    def convert(text: str) -> int:
        try:  # "2,000" and "2,00,000" mean what they say; int() also reads Devanagari and Bengali digits
            number = int(text.replace(",", ""))
        except ValueError:
            raise _ValueProblem("cli.err.not_whole", example=example) from None
        if maximum is not None and not minimum <= number <= maximum:
            raise _ValueProblem("cli.err.not_in_range", minimum=minimum, maximum=maximum, example=example)
        if number < minimum:
            raise _ValueProblem("cli.err.too_small", minimum=minimum, example=example)
        return number

    return convert


def _date(text: str) -> str:
    if not re.fullmatch(r"\s*\d{4}-\d{2}-\d{2}\s*", text):
        raise _ValueProblem("cli.err.bad_date")
    try:
        datetime.date.fromisoformat(text.strip())
    except ValueError:
        raise _ValueProblem("cli.err.bad_date") from None
    return text.strip()


def _language(text: str) -> str:
    code = resolve_language(text)
    if code is None:
        raise _ValueProblem("cli.err.bad_language")
    return code


def _lowercase(text: str) -> str:
    return text.strip().lower()


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("relkit")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "0+unknown"


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser of the ``relkit`` command (its help is in the current language).

    Examples
    --------
    >>> parser = build_parser()
    >>> parser.parse_args(["lab", "--lang", "hi", "--no-browser"]).lang
    'hi'
    >>> parser.parse_args(["lab", "--lang", "Hindi"]).lang
    'hi'
    """
    t = i18n.translate
    languages = "{" + ",".join(i18n.LANGUAGES) + "}"
    common = _Parser(add_help=False)
    common.add_argument(
        "--ui-lang", type=_language, default=argparse.SUPPRESS, metavar=languages, help=t("cli.ui_lang_help")
    )
    parser = _Parser(prog="relkit", description=t("cli.description"), parents=[common])
    parser.add_argument(
        "--version", action="version", version=f"relkit {_version()}", help=t("cli.version_help")
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, help_id: str) -> _Parser:
        sub = commands.add_parser(name, help=t(help_id), description=t(help_id), parents=[common])
        parser.commands[name] = sub
        return sub

    lab = command("lab", "cli.lab_help")
    lab.add_argument("--lang", type=_language, default="en", metavar=languages, help=t("cli.lang_help"))
    lab.add_argument("--no-browser", action="store_true", help=t("cli.no_browser_help"))
    port = _whole_number(minimum=1, maximum=65535, example=8890)
    lab.add_argument("--port", type=port, default=None, help=t("cli.port_help"))
    lab.add_argument("--notebooks", default=None, metavar="DIR", help=t("cli.notebooks_help"))
    lab.add_argument("--world", default=None, metavar="PATH", help=t("cli.world_help"))

    command("doctor", "cli.doctor_help")

    simulate = command("simulate", "cli.simulate_help")
    simulate.add_argument(
        "--seed", type=_whole_number(minimum=0, example=17), required=True, help=t("cli.seed_help")
    )
    simulate.add_argument(
        "--customers", type=_whole_number(minimum=1, example=500), default=2000, help=t("cli.customers_help")
    )
    simulate.add_argument(
        "--partners", type=_whole_number(minimum=1, example=20), default=60, help=t("cli.partners_help")
    )
    simulate.add_argument("--start", type=_date, default="2023-01-01", help=t("cli.start_help"))
    months = _whole_number(minimum=1, maximum=MAX_MONTHS, example=12)
    simulate.add_argument("--months", type=months, default=24, help=t("cli.months_help"))
    simulate.add_argument("--out", required=True, metavar="PATH", help=t("cli.out_help"))
    simulate.add_argument(
        "--format",
        type=_lowercase,
        choices=FORMATS,
        default="csv",
        metavar="{" + ",".join(FORMATS) + "}",
        help=t("cli.format_help"),
    )
    simulate.add_argument("--messy", action="store_true", help=t("cli.messy_help"))

    class_data = command("class-data", "cli.class_data_help")
    class_data.add_argument("--roster", required=True, metavar="CSV", help=t("cli.roster_help"))
    class_data.add_argument("--course-key", required=True, metavar="KEY", help=t("cli.course_key_help"))
    class_data.add_argument("--out", required=True, metavar="DIR", help=t("cli.class_out_help"))
    class_data.add_argument(
        "--workers", type=_whole_number(minimum=1, example=2), default=None, help=t("cli.workers_help")
    )
    return parser


# --- running a command -------------------------------------------------------------------------------------
def _run(args: argparse.Namespace) -> int:
    if args.command == "lab":
        from .lab import run_lab

        return run_lab(
            lang=args.lang,
            no_browser=args.no_browser,
            port=args.port,
            notebooks=args.notebooks,
            world=args.world,
        )
    if args.command == "doctor":
        from .doctor import run_doctor

        return run_doctor()
    if args.command == "simulate":
        from .simulation.cli import run

        return run(args)
    if args.command == "class-data":
        from .instructor.class_data import run as run_class_data

        return run_class_data(args)
    raise AssertionError(args.command)  # argparse only lets known commands through


def _ui_lang_argument(argv: Sequence[str]) -> str | None:
    """Return the value of the last ``--ui-lang X`` or ``--ui-lang=X`` in `argv`, before argparse runs."""
    found = None
    for position, token in enumerate(argv):
        if token == "--":
            break
        if token == "--ui-lang" and position + 1 < len(argv):
            found = argv[position + 1]
        elif token.startswith("--ui-lang="):
            found = token.split("=", 1)[1]
    return found


def _choose_language(argv: Sequence[str], environment: str | None) -> tuple[str, str | None]:
    """Return the language to speak, and the RELKIT_LANG value to warn about if relkit cannot read it."""
    chosen = resolve_language(_ui_lang_argument(argv))
    if chosen is not None:
        return chosen, None
    if environment is None or not environment.strip():
        return "en", None
    from_environment = resolve_language(environment)
    return (from_environment, None) if from_environment else ("en", environment)


def _say(text: str) -> None:
    print(f"relkit: {text}", file=sys.stderr)


def _stopped(signum: int) -> int:
    how = "Ctrl+C" if signum == signal.SIGINT else signal.Signals(signum).name
    with suppress(KeyboardInterrupt, Stopped, OSError):  # pressed again, or the terminal is gone
        _say(i18n.translate("cli.stopped", how=how))
    return exit_code(signum)


def _answer(argv: list[str]) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        if args.command is None:
            parser.print_help()
            return 2
        return _run(args)
    except RelkitError as err:
        _say(str(err))
        return 2
    except MemoryError:
        _say(i18n.translate("cli.err.no_memory"))
        return 1
    except BrokenPipeError:  # `relkit simulate ... | head`: the reader left; nothing to say to anyone
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except OSError as err:
        where = f" ({err.filename})" if err.filename else ""
        _say(i18n.translate("cli.err.os_error", reason=err.strerror or str(err), path=where))
        return 1
    except Exception as err:
        if os.environ.get("RELKIT_DEBUG"):
            raise
        _say(i18n.translate("cli.err.unexpected", kind=type(err).__name__, detail=str(err)))
        return 1


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``relkit`` command with `argv` (default: the process's arguments) and return its exit code.

    Exit codes: 0 success, 1 a check failed (``doctor``) or the computer stopped the work, 2 bad usage or
    bad input (the message says what to change), 130 stopped with Ctrl+C, 143 stopped by ``SIGTERM``.
    Help and ``--version`` end with :class:`SystemExit`, as argparse does.

    Examples
    --------
    >>> main(["simulate", "--seed", "1", "--out", "w", "--months", "0"])
    Traceback (most recent call last):
    ...
    SystemExit: 2
    """
    argv = list(sys.argv[1:] if argv is None else argv)
    lang, unreadable = _choose_language(argv, os.environ.get("RELKIT_LANG"))
    previous = i18n.get_language()
    i18n.set_language(lang)
    try:
        if unreadable is not None:
            for each in i18n.LANGUAGES:  # the learner's language is the one relkit could not read
                _say(i18n.translate("cli.warn.unknown_relkit_lang", lang=each, value=repr(unreadable)))
        with stop_signals_raise():
            return _answer(argv)
    except KeyboardInterrupt:
        return _stopped(signal.SIGINT)
    except Stopped as stop:
        return _stopped(stop.signum)
    finally:
        i18n.set_language(previous)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
