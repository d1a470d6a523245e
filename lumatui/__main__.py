import sys

from lumatui.cli import main

sys.exit(main())
