"""The spec's models (generated in ``nango_api.models``), re-exported under stable names.

Results of ``Nango``/``AsyncNango`` methods are these attrs classes; fields unknown to the spec
are kept in ``additional_properties``.
"""

from nango_api.models import *  # noqa: F403
from nango_api.models import __all__ as __all__
