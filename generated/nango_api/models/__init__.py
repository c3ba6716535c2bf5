"""Contains all the data models used in inputs/outputs"""

from .async_action_response import AsyncActionResponse
from .connect_session_authorization_params import ConnectSessionAuthorizationParams
from .connect_session_connection_config import ConnectSessionConnectionConfig
from .connect_session_data import ConnectSessionData
from .connect_session_integration_config import ConnectSessionIntegrationConfig
from .connect_session_integrations_config_defaults import (
    ConnectSessionIntegrationsConfigDefaults,
)
from .connect_session_override import ConnectSessionOverride
from .connect_session_overrides import ConnectSessionOverrides
from .connect_session_response import ConnectSessionResponse
from .connection import Connection
from .connection_error import ConnectionError_
from .connection_list_item import ConnectionListItem
from .connection_tags_filter import ConnectionTagsFilter
from .create_connect_session_request import CreateConnectSessionRequest
from .create_connection_request import CreateConnectionRequest
from .create_integration_request import CreateIntegrationRequest
from .create_quickstart_integration_request import CreateQuickstartIntegrationRequest
from .create_reconnect_session_request import CreateReconnectSessionRequest
from .credentials_api_key import CredentialsApiKey
from .credentials_app import CredentialsApp
from .credentials_aws_sig_v4 import CredentialsAwsSigV4
from .credentials_basic import CredentialsBasic
from .credentials_bill import CredentialsBill
from .credentials_config_override import CredentialsConfigOverride
from .credentials_custom import CredentialsCustom
from .credentials_jwt import CredentialsJwt
from .credentials_o_auth_1 import CredentialsOAuth1
from .credentials_o_auth_2 import CredentialsOAuth2
from .credentials_o_auth_2cc import CredentialsOAuth2CC
from .credentials_other import CredentialsOther
from .credentials_signature import CredentialsSignature
from .credentials_tba import CredentialsTba
from .credentials_two_step import CredentialsTwoStep
from .delete_function_response import DeleteFunctionResponse
from .end_user import EndUser
from .end_user_input import EndUserInput
from .environment_variable import EnvironmentVariable
from .error_detail import ErrorDetail
from .error_response import ErrorResponse
from .function import Function
from .function_code import FunctionCode
from .function_type_filter import FunctionTypeFilter
from .functions_pagination import FunctionsPagination
from .get_function_response import GetFunctionResponse
from .get_provider_response import GetProviderResponse
from .get_provider_templates_response import GetProviderTemplatesResponse
from .import_connection_config import ImportConnectionConfig
from .import_credentials_app import ImportCredentialsApp
from .import_credentials_custom import ImportCredentialsCustom
from .import_credentials_none import ImportCredentialsNone
from .import_credentials_o_auth_1 import ImportCredentialsOAuth1
from .import_credentials_o_auth_2 import ImportCredentialsOAuth2
from .import_credentials_o_auth_2cc import ImportCredentialsOAuth2CC
from .integration import Integration
from .integration_app_credentials import IntegrationAppCredentials
from .integration_app_credentials_input import IntegrationAppCredentialsInput
from .integration_config_values import IntegrationConfigValues
from .integration_credentials_label import IntegrationCredentialsLabel
from .integration_custom_credentials import IntegrationCustomCredentials
from .integration_custom_credentials_input import IntegrationCustomCredentialsInput
from .integration_custom_values import IntegrationCustomValues
from .integration_include import IntegrationInclude
from .integration_o_auth_1_credentials import IntegrationOAuth1Credentials
from .integration_o_auth_1_credentials_input import IntegrationOAuth1CredentialsInput
from .integration_o_auth_2_credentials import IntegrationOAuth2Credentials
from .integration_o_auth_2_credentials_input import IntegrationOAuth2CredentialsInput
from .integration_other_credentials import IntegrationOtherCredentials
from .integration_response import IntegrationResponse
from .integration_tba_credentials import IntegrationTbaCredentials
from .integration_tba_credentials_input import IntegrationTbaCredentialsInput
from .json_object import JsonObject
from .list_connections_response import ListConnectionsResponse
from .list_functions_response import ListFunctionsResponse
from .list_integrations_response import ListIntegrationsResponse
from .list_providers_response import ListProvidersResponse
from .list_records_response import ListRecordsResponse
from .metadata_response import MetadataResponse
from .nango_script_config import NangoScriptConfig
from .nango_script_endpoint import NangoScriptEndpoint
from .open_ai_function import OpenAIFunction
from .open_ai_function_parameters import OpenAIFunctionParameters
from .open_ai_functions_response import OpenAIFunctionsResponse
from .organization import Organization
from .organization_input import OrganizationInput
from .patch_connection_request import PatchConnectionRequest
from .provider import Provider
from .provider_config_field import ProviderConfigField
from .provider_config_fields import ProviderConfigFields
from .provider_proxy import ProviderProxy
from .provider_template import ProviderTemplate
from .provider_token_urls import ProviderTokenUrls
from .prune_records_request import PruneRecordsRequest
from .prune_records_response import PruneRecordsResponse
from .record import Record
from .record_metadata import RecordMetadata
from .scripts_config_format import ScriptsConfigFormat
from .set_metadata_request import SetMetadataRequest
from .standard_nango_config import StandardNangoConfig
from .success_response import SuccessResponse
from .sync_checkpoint import SyncCheckpoint
from .sync_control_request import SyncControlRequest
from .sync_model_result import SyncModelResult
from .sync_name_variant import SyncNameVariant
from .sync_record_counts import SyncRecordCounts
from .sync_result_by_model import SyncResultByModel
from .sync_status import SyncStatus
from .sync_status_response import SyncStatusResponse
from .sync_variant import SyncVariant
from .sync_variant_request import SyncVariantRequest
from .tags import Tags
from .trigger_action_request import TriggerActionRequest
from .trigger_sync_mode import TriggerSyncMode
from .trigger_sync_options import TriggerSyncOptions
from .trigger_sync_request import TriggerSyncRequest
from .update_integration_request import UpdateIntegrationRequest
from .update_sync_frequency_request import UpdateSyncFrequencyRequest
from .update_sync_frequency_response import UpdateSyncFrequencyResponse
from .validation_issue import ValidationIssue

__all__ = (
    "AsyncActionResponse",
    "ConnectSessionAuthorizationParams",
    "ConnectSessionConnectionConfig",
    "ConnectSessionData",
    "ConnectSessionIntegrationConfig",
    "ConnectSessionIntegrationsConfigDefaults",
    "ConnectSessionOverride",
    "ConnectSessionOverrides",
    "ConnectSessionResponse",
    "Connection",
    "ConnectionError_",
    "ConnectionListItem",
    "ConnectionTagsFilter",
    "CreateConnectSessionRequest",
    "CreateConnectionRequest",
    "CreateIntegrationRequest",
    "CreateQuickstartIntegrationRequest",
    "CreateReconnectSessionRequest",
    "CredentialsApiKey",
    "CredentialsApp",
    "CredentialsAwsSigV4",
    "CredentialsBasic",
    "CredentialsBill",
    "CredentialsConfigOverride",
    "CredentialsCustom",
    "CredentialsJwt",
    "CredentialsOAuth1",
    "CredentialsOAuth2",
    "CredentialsOAuth2CC",
    "CredentialsOther",
    "CredentialsSignature",
    "CredentialsTba",
    "CredentialsTwoStep",
    "DeleteFunctionResponse",
    "EndUser",
    "EndUserInput",
    "EnvironmentVariable",
    "ErrorDetail",
    "ErrorResponse",
    "Function",
    "FunctionCode",
    "FunctionTypeFilter",
    "FunctionsPagination",
    "GetFunctionResponse",
    "GetProviderResponse",
    "GetProviderTemplatesResponse",
    "ImportConnectionConfig",
    "ImportCredentialsApp",
    "ImportCredentialsCustom",
    "ImportCredentialsNone",
    "ImportCredentialsOAuth1",
    "ImportCredentialsOAuth2",
    "ImportCredentialsOAuth2CC",
    "Integration",
    "IntegrationAppCredentials",
    "IntegrationAppCredentialsInput",
    "IntegrationConfigValues",
    "IntegrationCredentialsLabel",
    "IntegrationCustomCredentials",
    "IntegrationCustomCredentialsInput",
    "IntegrationCustomValues",
    "IntegrationInclude",
    "IntegrationOAuth1Credentials",
    "IntegrationOAuth1CredentialsInput",
    "IntegrationOAuth2Credentials",
    "IntegrationOAuth2CredentialsInput",
    "IntegrationOtherCredentials",
    "IntegrationResponse",
    "IntegrationTbaCredentials",
    "IntegrationTbaCredentialsInput",
    "JsonObject",
    "ListConnectionsResponse",
    "ListFunctionsResponse",
    "ListIntegrationsResponse",
    "ListProvidersResponse",
    "ListRecordsResponse",
    "MetadataResponse",
    "NangoScriptConfig",
    "NangoScriptEndpoint",
    "OpenAIFunction",
    "OpenAIFunctionParameters",
    "OpenAIFunctionsResponse",
    "Organization",
    "OrganizationInput",
    "PatchConnectionRequest",
    "Provider",
    "ProviderConfigField",
    "ProviderConfigFields",
    "ProviderProxy",
    "ProviderTemplate",
    "ProviderTokenUrls",
    "PruneRecordsRequest",
    "PruneRecordsResponse",
    "Record",
    "RecordMetadata",
    "ScriptsConfigFormat",
    "SetMetadataRequest",
    "StandardNangoConfig",
    "SuccessResponse",
    "SyncCheckpoint",
    "SyncControlRequest",
    "SyncModelResult",
    "SyncNameVariant",
    "SyncRecordCounts",
    "SyncResultByModel",
    "SyncStatus",
    "SyncStatusResponse",
    "SyncVariant",
    "SyncVariantRequest",
    "Tags",
    "TriggerActionRequest",
    "TriggerSyncMode",
    "TriggerSyncOptions",
    "TriggerSyncRequest",
    "UpdateIntegrationRequest",
    "UpdateSyncFrequencyRequest",
    "UpdateSyncFrequencyResponse",
    "ValidationIssue",
)
