"""The ``relkit`` command: open the lessons, check an installation, simulate a world.

Messages follow ``--ui-lang`` or the ``RELKIT_LANG`` environment variable (English by default), so a
learner who works in Hindi or Bengali reads the command's answers in that language too.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from . import i18n
from .errors import RelkitError

__all__ = ["build_parser", "main"]


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
    """
    t = i18n.translate
    parser = argparse.ArgumentParser(prog="relkit", description=t("cli.description"))
    parser.add_argument("--version", action="version", version=f"relkit {_version()}")
    parser.add_argument(
        "--ui-lang", choices=i18n.LANGUAGES, default=None, help=t("cli.ui_lang_help"), metavar="LANG"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    lab = commands.add_parser("lab", help=t("cli.lab_help"), description=t("cli.lab_help"))
    lab.add_argument("--lang", choices=i18n.LANGUAGES, default="en", help=t("cli.lang_help"))
    lab.add_argument("--no-browser", action="store_true", help=t("cli.no_browser_help"))
    lab.add_argument("--port", type=int, default=None, help=t("cli.port_help"))
    lab.add_argument("--notebooks", default=None, metavar="DIR", help=t("cli.notebooks_help"))

    doctor = commands.add_parser("doctor", help=t("cli.doctor_help"), description=t("cli.doctor_help"))
    doctor.set_defaults(command="doctor")

    simulate = commands.add_parser(
        "simulate", help=t("cli.simulate_help"), description=t("cli.simulate_help")
    )
    simulate.add_argument("--seed", type=int, required=True, help=t("cli.seed_help"))
    simulate.add_argument("--customers", type=int, default=2000, help=t("cli.customers_help"))
    simulate.add_argument("--partners", type=int, default=60, help=t("cli.partners_help"))
    simulate.add_argument("--start", default="2023-01-01", help=t("cli.start_help"))
    simulate.add_argument("--months", type=int, default=24, help=t("cli.months_help"))
    simulate.add_argument("--out", required=True, metavar="DIR", help=t("cli.out_help"))
    simulate.add_argument("--format", default="csv", help=t("cli.format_help"))
    simulate.add_argument("--messy", action="store_true", help=t("cli.messy_help"))
    return parser


def _run(args: argparse.Namespace) -> int:
    if args.command == "lab":
        from .lab import run_lab

        return run_lab(lang=args.lang, no_browser=args.no_browser, port=args.port, notebooks=args.notebooks)
    if args.command == "doctor":
        from .doctor import run_doctor

        return run_doctor()
    if args.command == "simulate":
        from .simulation.cli import run

        return run(args)
    raise AssertionError(args.command)  # argparse only lets known commands through


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``relkit`` command with `argv` (default: the process's arguments) and return its exit code.

    Exit codes: 0 success, 1 a check failed (``doctor``), 2 bad usage or bad input (the message says
    what to change).
    """
    argv = list(sys.argv[1:] if argv is None else argv)
    ui_lang = os.environ.get("RELKIT_LANG", "en")
    if "--ui-lang" in argv[:-1]:
        ui_lang = argv[argv.index("--ui-lang") + 1]
    previous = i18n.get_language()
    i18n.set_language(ui_lang if ui_lang in i18n.LANGUAGES else "en")
    try:
        parser = build_parser()
        args = parser.parse_args(argv)
        if args.command is None:
            parser.print_help()
            return 2
        return _run(args)
    except RelkitError as err:
        print(f"relkit: {err}", file=sys.stderr)
        return 2
    finally:
        i18n.set_language(previous)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
