"""python -m voc.cli"""

from voc.cli import main

main()
