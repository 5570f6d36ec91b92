"""Local AWS (moto plus a working SES v2) and DNS for the emulated Route 53 zones.

Start it with ``python -m emulator``; see ``emulator.__main__`` for options.

Services the emulator adds or changes are laid out as moto lays out its own
(``models`` state and rules, ``responses`` parsing and rendering,
``exceptions`` the AWS errors, ``urls`` which requests they answer):

* ``sesv2/``: SES v2 identities, configuration sets and the account.
* ``s3/``: bucket policies evaluated with the request's context.
* ``route53/``: Route 53's rules for hosted zones, record changes and change ids.
* ``ses/``: SES v1 identities in the store SES v2 keeps, statuses following DNS.
* ``sns/``: deliveries to SQS subject to the queue's policy.
* ``sqs/``: queue attributes rendered as SQS renders them.

SES v2 also sends (``sesv2/outbound``: the mailbox simulator, the suppression
list, event publishing through configuration sets to SNS); ``policies``
evaluates a topic's or queue's access policy for the service that publishes.

The rest is plumbing: ``server`` (WSGI routing, HTTPS and DNS threads),
``credentials`` (accepted access keys), ``admin`` (``/_emulator/`` endpoints),
``zones`` (read-only view of moto's Route 53), ``dns_server``, ``tls`` and
``process`` (the emulator as a subprocess, for tests and scripts).
"""
