"""The scriptable commands behind ``lumatui ask|status|credits|upload|export|sessions|batch``.

``cli.py`` parses; :func:`lumatui.commands.runner.run` runs one command and returns its exit
code (see :mod:`lumatui.commands.exit_codes`). One module per concern: ``ask``, ``info``
(status, credits, sessions), ``transfer`` (upload, export), ``batch``; ``output`` decides what
goes to stdout and stderr; ``documents`` holds the models of the ``--json`` documents.
"""
