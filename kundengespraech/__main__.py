"""Entry point: ``kundengespraech`` starts the app; with a command, it runs the CLI."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from kundengespraech.cli import build_parser, run

    args = build_parser().parse_args(argv)
    if args.command is None:
        from kundengespraech.ui.app import run_app

        return run_app(args.db)
    return run(args)


if __name__ == "__main__":
    sys.exit(main())
