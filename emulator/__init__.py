"""Local AWS (moto plus a working SES v2) and DNS for the emulated Route 53 zones.

Start it with ``python -m emulator``; see ``emulator.__main__`` for options.
"""
