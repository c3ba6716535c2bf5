"""Contains all the data models used in inputs/outputs (each module imported on first use)"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from nango_api.models.async_action_response import AsyncActionResponse
    from nango_api.models.connect_session_authorization_params import (
        ConnectSessionAuthorizationParams,
    )
    from nango_api.models.connect_session_connection_config import (
        ConnectSessionConnectionConfig,
    )
    from nango_api.models.connect_session_data import ConnectSessionData
    from nango_api.models.connect_session_details import ConnectSessionDetails
    from nango_api.models.connect_session_integration_config import (
        ConnectSessionIntegrationConfig,
    )
    from nango_api.models.connect_session_integrations_config_defaults import (
        ConnectSessionIntegrationsConfigDefaults,
    )
    from nango_api.models.connect_session_override import ConnectSessionOverride
    from nango_api.models.connect_session_overrides import ConnectSessionOverrides
    from nango_api.models.connect_session_response import ConnectSessionResponse
    from nango_api.models.connect_ui_color_palette import ConnectUIColorPalette
    from nango_api.models.connect_ui_settings import ConnectUISettings
    from nango_api.models.connect_ui_theme import ConnectUITheme
    from nango_api.models.connection import Connection
    from nango_api.models.connection_error import ConnectionError_
    from nango_api.models.connection_list_item import ConnectionListItem
    from nango_api.models.connection_tags_filter import ConnectionTagsFilter
    from nango_api.models.create_api_key_request import CreateApiKeyRequest
    from nango_api.models.create_api_key_response import CreateApiKeyResponse
    from nango_api.models.create_connect_session_request import (
        CreateConnectSessionRequest,
    )
    from nango_api.models.create_connection_request import CreateConnectionRequest
    from nango_api.models.create_environment_request import CreateEnvironmentRequest
    from nango_api.models.create_environment_response import CreateEnvironmentResponse
    from nango_api.models.create_integration_request import CreateIntegrationRequest
    from nango_api.models.create_quickstart_integration_request import (
        CreateQuickstartIntegrationRequest,
    )
    from nango_api.models.create_reconnect_session_request import (
        CreateReconnectSessionRequest,
    )
    from nango_api.models.created_api_key import CreatedApiKey
    from nango_api.models.created_environment import CreatedEnvironment
    from nango_api.models.credentials_api_key import CredentialsApiKey
    from nango_api.models.credentials_app import CredentialsApp
    from nango_api.models.credentials_aws_sig_v4 import CredentialsAwsSigV4
    from nango_api.models.credentials_basic import CredentialsBasic
    from nango_api.models.credentials_bill import CredentialsBill
    from nango_api.models.credentials_config_override import CredentialsConfigOverride
    from nango_api.models.credentials_custom import CredentialsCustom
    from nango_api.models.credentials_jwt import CredentialsJwt
    from nango_api.models.credentials_o_auth_1 import CredentialsOAuth1
    from nango_api.models.credentials_o_auth_2 import CredentialsOAuth2
    from nango_api.models.credentials_o_auth_2cc import CredentialsOAuth2CC
    from nango_api.models.credentials_other import CredentialsOther
    from nango_api.models.credentials_signature import CredentialsSignature
    from nango_api.models.credentials_tba import CredentialsTba
    from nango_api.models.credentials_two_step import CredentialsTwoStep
    from nango_api.models.delete_api_key_request import DeleteApiKeyRequest
    from nango_api.models.delete_function_response import DeleteFunctionResponse
    from nango_api.models.deployed_function import DeployedFunction
    from nango_api.models.end_user import EndUser
    from nango_api.models.end_user_input import EndUserInput
    from nango_api.models.environment_variable import EnvironmentVariable
    from nango_api.models.error_detail import ErrorDetail
    from nango_api.models.error_response import ErrorResponse
    from nango_api.models.function import Function
    from nango_api.models.function_code import FunctionCode
    from nango_api.models.function_compile_request import FunctionCompileRequest
    from nango_api.models.function_compile_response import FunctionCompileResponse
    from nango_api.models.function_deployment import FunctionDeployment
    from nango_api.models.function_deployment_code_request import (
        FunctionDeploymentCodeRequest,
    )
    from nango_api.models.function_deployment_create_response import (
        FunctionDeploymentCreateResponse,
    )
    from nango_api.models.function_deployment_template_request import (
        FunctionDeploymentTemplateRequest,
    )
    from nango_api.models.function_dryrun import FunctionDryrun
    from nango_api.models.function_dryrun_create_response import (
        FunctionDryrunCreateResponse,
    )
    from nango_api.models.function_dryrun_request import FunctionDryrunRequest
    from nango_api.models.function_job_error import FunctionJobError
    from nango_api.models.function_type_filter import FunctionTypeFilter
    from nango_api.models.functions_pagination import FunctionsPagination
    from nango_api.models.get_connect_session_response import GetConnectSessionResponse
    from nango_api.models.get_function_response import GetFunctionResponse
    from nango_api.models.get_provider_response import GetProviderResponse
    from nango_api.models.get_provider_templates_response import (
        GetProviderTemplatesResponse,
    )
    from nango_api.models.import_connection_config import ImportConnectionConfig
    from nango_api.models.import_credentials_app import ImportCredentialsApp
    from nango_api.models.import_credentials_custom import ImportCredentialsCustom
    from nango_api.models.import_credentials_none import ImportCredentialsNone
    from nango_api.models.import_credentials_o_auth_1 import ImportCredentialsOAuth1
    from nango_api.models.import_credentials_o_auth_2 import ImportCredentialsOAuth2
    from nango_api.models.import_credentials_o_auth_2cc import ImportCredentialsOAuth2CC
    from nango_api.models.integration import Integration
    from nango_api.models.integration_app_credentials import IntegrationAppCredentials
    from nango_api.models.integration_app_credentials_input import (
        IntegrationAppCredentialsInput,
    )
    from nango_api.models.integration_config_values import IntegrationConfigValues
    from nango_api.models.integration_credentials_label import (
        IntegrationCredentialsLabel,
    )
    from nango_api.models.integration_custom_credentials import (
        IntegrationCustomCredentials,
    )
    from nango_api.models.integration_custom_credentials_input import (
        IntegrationCustomCredentialsInput,
    )
    from nango_api.models.integration_custom_values import IntegrationCustomValues
    from nango_api.models.integration_include import IntegrationInclude
    from nango_api.models.integration_o_auth_1_credentials import (
        IntegrationOAuth1Credentials,
    )
    from nango_api.models.integration_o_auth_1_credentials_input import (
        IntegrationOAuth1CredentialsInput,
    )
    from nango_api.models.integration_o_auth_2_credentials import (
        IntegrationOAuth2Credentials,
    )
    from nango_api.models.integration_o_auth_2_credentials_input import (
        IntegrationOAuth2CredentialsInput,
    )
    from nango_api.models.integration_other_credentials import (
        IntegrationOtherCredentials,
    )
    from nango_api.models.integration_response import IntegrationResponse
    from nango_api.models.integration_tba_credentials import IntegrationTbaCredentials
    from nango_api.models.integration_tba_credentials_input import (
        IntegrationTbaCredentialsInput,
    )
    from nango_api.models.json_object import JsonObject
    from nango_api.models.list_connections_response import ListConnectionsResponse
    from nango_api.models.list_functions_response import ListFunctionsResponse
    from nango_api.models.list_integrations_response import ListIntegrationsResponse
    from nango_api.models.list_providers_response import ListProvidersResponse
    from nango_api.models.list_records_response import ListRecordsResponse
    from nango_api.models.metadata_response import MetadataResponse
    from nango_api.models.nango_script_config import NangoScriptConfig
    from nango_api.models.nango_script_endpoint import NangoScriptEndpoint
    from nango_api.models.open_ai_function import OpenAIFunction
    from nango_api.models.open_ai_function_parameters import OpenAIFunctionParameters
    from nango_api.models.open_ai_functions_response import OpenAIFunctionsResponse
    from nango_api.models.organization import Organization
    from nango_api.models.organization_input import OrganizationInput
    from nango_api.models.otlp_header import OtlpHeader
    from nango_api.models.patch_connection_request import PatchConnectionRequest
    from nango_api.models.provider import Provider
    from nango_api.models.provider_config_field import ProviderConfigField
    from nango_api.models.provider_config_fields import ProviderConfigFields
    from nango_api.models.provider_proxy import ProviderProxy
    from nango_api.models.provider_template import ProviderTemplate
    from nango_api.models.provider_token_urls import ProviderTokenUrls
    from nango_api.models.prune_records_request import PruneRecordsRequest
    from nango_api.models.prune_records_response import PruneRecordsResponse
    from nango_api.models.record import Record
    from nango_api.models.record_metadata import RecordMetadata
    from nango_api.models.rotate_webhook_signing_key_response import (
        RotateWebhookSigningKeyResponse,
    )
    from nango_api.models.runnable_function_type import RunnableFunctionType
    from nango_api.models.scripts_config_format import ScriptsConfigFormat
    from nango_api.models.set_metadata_request import SetMetadataRequest
    from nango_api.models.standard_nango_config import StandardNangoConfig
    from nango_api.models.success_response import SuccessResponse
    from nango_api.models.sync_checkpoint import SyncCheckpoint
    from nango_api.models.sync_control_request import SyncControlRequest
    from nango_api.models.sync_model_result import SyncModelResult
    from nango_api.models.sync_name_variant import SyncNameVariant
    from nango_api.models.sync_record_counts import SyncRecordCounts
    from nango_api.models.sync_result_by_model import SyncResultByModel
    from nango_api.models.sync_status import SyncStatus
    from nango_api.models.sync_status_response import SyncStatusResponse
    from nango_api.models.sync_variant import SyncVariant
    from nango_api.models.sync_variant_request import SyncVariantRequest
    from nango_api.models.tags import Tags
    from nango_api.models.trigger_action_request import TriggerActionRequest
    from nango_api.models.trigger_sync_mode import TriggerSyncMode
    from nango_api.models.trigger_sync_options import TriggerSyncOptions
    from nango_api.models.trigger_sync_request import TriggerSyncRequest
    from nango_api.models.update_integration_request import UpdateIntegrationRequest
    from nango_api.models.update_sync_frequency_request import (
        UpdateSyncFrequencyRequest,
    )
    from nango_api.models.update_sync_frequency_response import (
        UpdateSyncFrequencyResponse,
    )
    from nango_api.models.validation_issue import ValidationIssue
    from nango_api.models.webhook_signing_key import WebhookSigningKey

# Model name -> its module: a model's module (and attrs' class creation) runs when the name is
# first read, not when the package is imported.
_MODULES = {
    "AsyncActionResponse": ".async_action_response",
    "ConnectSessionAuthorizationParams": ".connect_session_authorization_params",
    "ConnectSessionConnectionConfig": ".connect_session_connection_config",
    "ConnectSessionData": ".connect_session_data",
    "ConnectSessionDetails": ".connect_session_details",
    "ConnectSessionIntegrationConfig": ".connect_session_integration_config",
    "ConnectSessionIntegrationsConfigDefaults": ".connect_session_integrations_config_defaults",
    "ConnectSessionOverride": ".connect_session_override",
    "ConnectSessionOverrides": ".connect_session_overrides",
    "ConnectSessionResponse": ".connect_session_response",
    "ConnectUIColorPalette": ".connect_ui_color_palette",
    "ConnectUISettings": ".connect_ui_settings",
    "ConnectUITheme": ".connect_ui_theme",
    "Connection": ".connection",
    "ConnectionError_": ".connection_error",
    "ConnectionListItem": ".connection_list_item",
    "ConnectionTagsFilter": ".connection_tags_filter",
    "CreateApiKeyRequest": ".create_api_key_request",
    "CreateApiKeyResponse": ".create_api_key_response",
    "CreateConnectSessionRequest": ".create_connect_session_request",
    "CreateConnectionRequest": ".create_connection_request",
    "CreateEnvironmentRequest": ".create_environment_request",
    "CreateEnvironmentResponse": ".create_environment_response",
    "CreateIntegrationRequest": ".create_integration_request",
    "CreateQuickstartIntegrationRequest": ".create_quickstart_integration_request",
    "CreateReconnectSessionRequest": ".create_reconnect_session_request",
    "CreatedApiKey": ".created_api_key",
    "CreatedEnvironment": ".created_environment",
    "CredentialsApiKey": ".credentials_api_key",
    "CredentialsApp": ".credentials_app",
    "CredentialsAwsSigV4": ".credentials_aws_sig_v4",
    "CredentialsBasic": ".credentials_basic",
    "CredentialsBill": ".credentials_bill",
    "CredentialsConfigOverride": ".credentials_config_override",
    "CredentialsCustom": ".credentials_custom",
    "CredentialsJwt": ".credentials_jwt",
    "CredentialsOAuth1": ".credentials_o_auth_1",
    "CredentialsOAuth2": ".credentials_o_auth_2",
    "CredentialsOAuth2CC": ".credentials_o_auth_2cc",
    "CredentialsOther": ".credentials_other",
    "CredentialsSignature": ".credentials_signature",
    "CredentialsTba": ".credentials_tba",
    "CredentialsTwoStep": ".credentials_two_step",
    "DeleteApiKeyRequest": ".delete_api_key_request",
    "DeleteFunctionResponse": ".delete_function_response",
    "DeployedFunction": ".deployed_function",
    "EndUser": ".end_user",
    "EndUserInput": ".end_user_input",
    "EnvironmentVariable": ".environment_variable",
    "ErrorDetail": ".error_detail",
    "ErrorResponse": ".error_response",
    "Function": ".function",
    "FunctionCode": ".function_code",
    "FunctionCompileRequest": ".function_compile_request",
    "FunctionCompileResponse": ".function_compile_response",
    "FunctionDeployment": ".function_deployment",
    "FunctionDeploymentCodeRequest": ".function_deployment_code_request",
    "FunctionDeploymentCreateResponse": ".function_deployment_create_response",
    "FunctionDeploymentTemplateRequest": ".function_deployment_template_request",
    "FunctionDryrun": ".function_dryrun",
    "FunctionDryrunCreateResponse": ".function_dryrun_create_response",
    "FunctionDryrunRequest": ".function_dryrun_request",
    "FunctionJobError": ".function_job_error",
    "FunctionTypeFilter": ".function_type_filter",
    "FunctionsPagination": ".functions_pagination",
    "GetConnectSessionResponse": ".get_connect_session_response",
    "GetFunctionResponse": ".get_function_response",
    "GetProviderResponse": ".get_provider_response",
    "GetProviderTemplatesResponse": ".get_provider_templates_response",
    "ImportConnectionConfig": ".import_connection_config",
    "ImportCredentialsApp": ".import_credentials_app",
    "ImportCredentialsCustom": ".import_credentials_custom",
    "ImportCredentialsNone": ".import_credentials_none",
    "ImportCredentialsOAuth1": ".import_credentials_o_auth_1",
    "ImportCredentialsOAuth2": ".import_credentials_o_auth_2",
    "ImportCredentialsOAuth2CC": ".import_credentials_o_auth_2cc",
    "Integration": ".integration",
    "IntegrationAppCredentials": ".integration_app_credentials",
    "IntegrationAppCredentialsInput": ".integration_app_credentials_input",
    "IntegrationConfigValues": ".integration_config_values",
    "IntegrationCredentialsLabel": ".integration_credentials_label",
    "IntegrationCustomCredentials": ".integration_custom_credentials",
    "IntegrationCustomCredentialsInput": ".integration_custom_credentials_input",
    "IntegrationCustomValues": ".integration_custom_values",
    "IntegrationInclude": ".integration_include",
    "IntegrationOAuth1Credentials": ".integration_o_auth_1_credentials",
    "IntegrationOAuth1CredentialsInput": ".integration_o_auth_1_credentials_input",
    "IntegrationOAuth2Credentials": ".integration_o_auth_2_credentials",
    "IntegrationOAuth2CredentialsInput": ".integration_o_auth_2_credentials_input",
    "IntegrationOtherCredentials": ".integration_other_credentials",
    "IntegrationResponse": ".integration_response",
    "IntegrationTbaCredentials": ".integration_tba_credentials",
    "IntegrationTbaCredentialsInput": ".integration_tba_credentials_input",
    "JsonObject": ".json_object",
    "ListConnectionsResponse": ".list_connections_response",
    "ListFunctionsResponse": ".list_functions_response",
    "ListIntegrationsResponse": ".list_integrations_response",
    "ListProvidersResponse": ".list_providers_response",
    "ListRecordsResponse": ".list_records_response",
    "MetadataResponse": ".metadata_response",
    "NangoScriptConfig": ".nango_script_config",
    "NangoScriptEndpoint": ".nango_script_endpoint",
    "OpenAIFunction": ".open_ai_function",
    "OpenAIFunctionParameters": ".open_ai_function_parameters",
    "OpenAIFunctionsResponse": ".open_ai_functions_response",
    "Organization": ".organization",
    "OrganizationInput": ".organization_input",
    "OtlpHeader": ".otlp_header",
    "PatchConnectionRequest": ".patch_connection_request",
    "Provider": ".provider",
    "ProviderConfigField": ".provider_config_field",
    "ProviderConfigFields": ".provider_config_fields",
    "ProviderProxy": ".provider_proxy",
    "ProviderTemplate": ".provider_template",
    "ProviderTokenUrls": ".provider_token_urls",
    "PruneRecordsRequest": ".prune_records_request",
    "PruneRecordsResponse": ".prune_records_response",
    "Record": ".record",
    "RecordMetadata": ".record_metadata",
    "RotateWebhookSigningKeyResponse": ".rotate_webhook_signing_key_response",
    "RunnableFunctionType": ".runnable_function_type",
    "ScriptsConfigFormat": ".scripts_config_format",
    "SetMetadataRequest": ".set_metadata_request",
    "StandardNangoConfig": ".standard_nango_config",
    "SuccessResponse": ".success_response",
    "SyncCheckpoint": ".sync_checkpoint",
    "SyncControlRequest": ".sync_control_request",
    "SyncModelResult": ".sync_model_result",
    "SyncNameVariant": ".sync_name_variant",
    "SyncRecordCounts": ".sync_record_counts",
    "SyncResultByModel": ".sync_result_by_model",
    "SyncStatus": ".sync_status",
    "SyncStatusResponse": ".sync_status_response",
    "SyncVariant": ".sync_variant",
    "SyncVariantRequest": ".sync_variant_request",
    "Tags": ".tags",
    "TriggerActionRequest": ".trigger_action_request",
    "TriggerSyncMode": ".trigger_sync_mode",
    "TriggerSyncOptions": ".trigger_sync_options",
    "TriggerSyncRequest": ".trigger_sync_request",
    "UpdateIntegrationRequest": ".update_integration_request",
    "UpdateSyncFrequencyRequest": ".update_sync_frequency_request",
    "UpdateSyncFrequencyResponse": ".update_sync_frequency_response",
    "ValidationIssue": ".validation_issue",
    "WebhookSigningKey": ".webhook_signing_key",
}

__all__ = (
    "AsyncActionResponse",
    "ConnectSessionAuthorizationParams",
    "ConnectSessionConnectionConfig",
    "ConnectSessionData",
    "ConnectSessionDetails",
    "ConnectSessionIntegrationConfig",
    "ConnectSessionIntegrationsConfigDefaults",
    "ConnectSessionOverride",
    "ConnectSessionOverrides",
    "ConnectSessionResponse",
    "ConnectUIColorPalette",
    "ConnectUISettings",
    "ConnectUITheme",
    "Connection",
    "ConnectionError_",
    "ConnectionListItem",
    "ConnectionTagsFilter",
    "CreateApiKeyRequest",
    "CreateApiKeyResponse",
    "CreateConnectSessionRequest",
    "CreateConnectionRequest",
    "CreateEnvironmentRequest",
    "CreateEnvironmentResponse",
    "CreateIntegrationRequest",
    "CreateQuickstartIntegrationRequest",
    "CreateReconnectSessionRequest",
    "CreatedApiKey",
    "CreatedEnvironment",
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
    "DeleteApiKeyRequest",
    "DeleteFunctionResponse",
    "DeployedFunction",
    "EndUser",
    "EndUserInput",
    "EnvironmentVariable",
    "ErrorDetail",
    "ErrorResponse",
    "Function",
    "FunctionCode",
    "FunctionCompileRequest",
    "FunctionCompileResponse",
    "FunctionDeployment",
    "FunctionDeploymentCodeRequest",
    "FunctionDeploymentCreateResponse",
    "FunctionDeploymentTemplateRequest",
    "FunctionDryrun",
    "FunctionDryrunCreateResponse",
    "FunctionDryrunRequest",
    "FunctionJobError",
    "FunctionTypeFilter",
    "FunctionsPagination",
    "GetConnectSessionResponse",
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
    "OtlpHeader",
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
    "RotateWebhookSigningKeyResponse",
    "RunnableFunctionType",
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
    "WebhookSigningKey",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
