"""The stock pattern: import the prebuilt provider package the ordinary way, then run the app.

``import cdktf_cdktf_provider_aws`` runs the package's ``__init__``, which imports
all 2,139 resource submodules, as ``from cdktf_cdktf_provider_aws.route53_zone
import Route53Zone`` does in a stock cdktf Python project. The app then finds
the package already loaded and takes its classes from it.
"""

import runpy
import sys
from pathlib import Path

import cdktf_cdktf_provider_aws  # noqa: F401  (the point of this file)

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.argv = [str(ROOT / "main.py")]
runpy.run_path(str(ROOT / "main.py"), run_name="__main__")
