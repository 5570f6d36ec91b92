"""The emulator's Route 53, laid out as a moto service; importing this package installs it.

``models`` holds the rules Route 53 applies to hosted zones and record
changes (moto's own accepts nearly anything), ``responses`` the operations
whose answers change (``ChangeInfo`` ids that ``GetChange`` knows), and
``exceptions`` the Route 53 errors moto lacks. Requests still arrive through
moto's routes (``moto.route53.urls``), which the backend points at
``responses.Route53Response``; moto's ``route53_backends`` creates the
emulator's backend from the import on, so ``/moto-api/reset`` and
``emulator.zones`` keep working unchanged.
"""

from emulator.route53 import models

models.install()
