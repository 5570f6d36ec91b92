"""The emulator's changes to moto's SES (v1), laid out as a moto service.

SES v1 requests are still routed, parsed and answered by moto (its query
protocol ``EmailResponse``); ``models`` gives moto's SES backend the identity
store of ``emulator.sesv2`` and ``responses`` the identity operations moto
answers with fixed values or not at all. Importing this package installs
both, so that ``emulator.server`` needs only to import it.
"""

from emulator.ses import models, responses

models.install()
responses.install()
