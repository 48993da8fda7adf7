# Generated from the OpenRouter OpenAPI spec (components/schemas) by `python -m codegen`; do not edit.
"""Models generated from the OpenRouter OpenAPI spec, one module per schema.

Import a model from its module (``from openrouter_core.models.chat_request import ChatRequest``) or
from this package, which imports the module on first use, so importing the package itself stays
cheap.
"""

from openrouter_core.models.aa_benchmark_entry import AABenchmarkEntry as AABenchmarkEntry
from openrouter_core.models.activity_item import ActivityItem as ActivityItem
from openrouter_core.models.activity_response import ActivityResponse as ActivityResponse
from openrouter_core.models.additional_tools_item import AdditionalToolsItem as AdditionalToolsItem
from openrouter_core.models.additional_tools_item import (
    AdditionalToolsItemTools as AdditionalToolsItemTools,
)
from openrouter_core.models.additional_tools_item import (
    AdditionalToolsItemToolsVariant1 as AdditionalToolsItemToolsVariant1,
)
from openrouter_core.models.additional_tools_item import (
    AdditionalToolsItemToolsVariant29 as AdditionalToolsItemToolsVariant29,
)
from openrouter_core.models.advisor_reasoning import AdvisorReasoning as AdvisorReasoning
from openrouter_core.models.advisor_server_tool_config import (
    AdvisorServerToolConfig as AdvisorServerToolConfig,
)
from openrouter_core.models.advisor_server_tool_openrouter import (
    AdvisorServerToolOpenRouter as AdvisorServerToolOpenRouter,
)
from openrouter_core.models.agent_message_item import AgentMessageItem as AgentMessageItem
from openrouter_core.models.agent_message_item import AgentMessageItemAgent as AgentMessageItemAgent
from openrouter_core.models.agent_message_item import (
    AgentMessageItemContent as AgentMessageItemContent,
)
from openrouter_core.models.agent_message_item import (
    AgentMessageItemContentEncryptedContent as AgentMessageItemContentEncryptedContent,
)
from openrouter_core.models.agent_message_item import (
    AgentMessageItemContentVariant2 as AgentMessageItemContentVariant2,
)
from openrouter_core.models.alignment import Alignment as Alignment
from openrouter_core.models.alignment import AlignmentCalls as AlignmentCalls
from openrouter_core.models.alignment_allowed_call_record import (
    AlignmentAllowedCallRecord as AlignmentAllowedCallRecord,
)
from openrouter_core.models.alignment_blocked_call_record import (
    AlignmentBlockedCallRecord as AlignmentBlockedCallRecord,
)
from openrouter_core.models.alignment_rule_record import AlignmentRuleRecord as AlignmentRuleRecord
from openrouter_core.models.alignment_unavailable_call_record import (
    AlignmentUnavailableCallRecord as AlignmentUnavailableCallRecord,
)
from openrouter_core.models.analytics_get_analytics_meta_response import (
    AnalyticsGetAnalyticsMetaResponse as AnalyticsGetAnalyticsMetaResponse,
)
from openrouter_core.models.analytics_get_analytics_meta_response import (
    AnalyticsGetAnalyticsMetaResponseData as AnalyticsGetAnalyticsMetaResponseData,
)
from openrouter_core.models.analytics_get_analytics_meta_response import (
    AnalyticsGetAnalyticsMetaResponseDataDimensions as AnalyticsGetAnalyticsMetaResponseDataDimensions,
)
from openrouter_core.models.analytics_get_analytics_meta_response import (
    AnalyticsGetAnalyticsMetaResponseDataGranularities as AnalyticsGetAnalyticsMetaResponseDataGranularities,
)
from openrouter_core.models.analytics_get_analytics_meta_response import (
    AnalyticsGetAnalyticsMetaResponseDataMetrics as AnalyticsGetAnalyticsMetaResponseDataMetrics,
)
from openrouter_core.models.analytics_get_analytics_meta_response import (
    AnalyticsGetAnalyticsMetaResponseDataOperators as AnalyticsGetAnalyticsMetaResponseDataOperators,
)
from openrouter_core.models.analytics_query_analytics_body import (
    AnalyticsQueryAnalyticsBody as AnalyticsQueryAnalyticsBody,
)
from openrouter_core.models.analytics_query_analytics_body import (
    AnalyticsQueryAnalyticsBodyClassifierDimensions as AnalyticsQueryAnalyticsBodyClassifierDimensions,
)
from openrouter_core.models.analytics_query_analytics_body import (
    AnalyticsQueryAnalyticsBodyClassifierFilters as AnalyticsQueryAnalyticsBodyClassifierFilters,
)
from openrouter_core.models.analytics_query_analytics_body import (
    AnalyticsQueryAnalyticsBodyClassifierFiltersFilters as AnalyticsQueryAnalyticsBodyClassifierFiltersFilters,
)
from openrouter_core.models.analytics_query_analytics_body import (
    AnalyticsQueryAnalyticsBodyClassifierFiltersFiltersValue as AnalyticsQueryAnalyticsBodyClassifierFiltersFiltersValue,
)
from openrouter_core.models.analytics_query_analytics_body import (
    AnalyticsQueryAnalyticsBodyClassifierFiltersFiltersValueItem as AnalyticsQueryAnalyticsBodyClassifierFiltersFiltersValueItem,
)
from openrouter_core.models.analytics_query_analytics_body import (
    AnalyticsQueryAnalyticsBodyFilters as AnalyticsQueryAnalyticsBodyFilters,
)
from openrouter_core.models.analytics_query_analytics_body import (
    AnalyticsQueryAnalyticsBodyFiltersValue as AnalyticsQueryAnalyticsBodyFiltersValue,
)
from openrouter_core.models.analytics_query_analytics_body import (
    AnalyticsQueryAnalyticsBodyFiltersValueItem as AnalyticsQueryAnalyticsBodyFiltersValueItem,
)
from openrouter_core.models.analytics_query_analytics_body import (
    AnalyticsQueryAnalyticsBodyOrderBy as AnalyticsQueryAnalyticsBodyOrderBy,
)
from openrouter_core.models.analytics_query_analytics_body import (
    AnalyticsQueryAnalyticsBodyTimeRange as AnalyticsQueryAnalyticsBodyTimeRange,
)
from openrouter_core.models.analytics_query_analytics_response import (
    AnalyticsQueryAnalyticsResponse as AnalyticsQueryAnalyticsResponse,
)
from openrouter_core.models.analytics_query_analytics_response import (
    AnalyticsQueryAnalyticsResponseData as AnalyticsQueryAnalyticsResponseData,
)
from openrouter_core.models.analytics_query_analytics_response import (
    AnalyticsQueryAnalyticsResponseDataMetadata as AnalyticsQueryAnalyticsResponseDataMetadata,
)
from openrouter_core.models.annotation_added_event import (
    AnnotationAddedEvent as AnnotationAddedEvent,
)
from openrouter_core.models.annotation_file import AnnotationFile as AnnotationFile
from openrouter_core.models.annotation_url_citation import (
    AnnotationURLCitation as AnnotationURLCitation,
)
from openrouter_core.models.annotation_web_search_citation import (
    AnnotationWebSearchCitation as AnnotationWebSearchCitation,
)
from openrouter_core.models.anthropic_advisor_message_usage_iteration import (
    AnthropicAdvisorMessageUsageIteration as AnthropicAdvisorMessageUsageIteration,
)
from openrouter_core.models.anthropic_advisor_tool_result import (
    AnthropicAdvisorToolResult as AnthropicAdvisorToolResult,
)
from openrouter_core.models.anthropic_allowed_callers import (
    AnthropicAllowedCallers as AnthropicAllowedCallers,
)
from openrouter_core.models.anthropic_base64_image_source import (
    AnthropicBase64ImageSource as AnthropicBase64ImageSource,
)
from openrouter_core.models.anthropic_base64_pdf_source import (
    AnthropicBase64PdfSource as AnthropicBase64PdfSource,
)
from openrouter_core.models.anthropic_base_usage_iteration import (
    AnthropicBaseUsageIteration as AnthropicBaseUsageIteration,
)
from openrouter_core.models.anthropic_bash_code_execution_content import (
    AnthropicBashCodeExecutionContent as AnthropicBashCodeExecutionContent,
)
from openrouter_core.models.anthropic_bash_code_execution_output import (
    AnthropicBashCodeExecutionOutput as AnthropicBashCodeExecutionOutput,
)
from openrouter_core.models.anthropic_bash_code_execution_result import (
    AnthropicBashCodeExecutionResult as AnthropicBashCodeExecutionResult,
)
from openrouter_core.models.anthropic_bash_code_execution_tool_result import (
    AnthropicBashCodeExecutionToolResult as AnthropicBashCodeExecutionToolResult,
)
from openrouter_core.models.anthropic_bash_code_execution_tool_result_error import (
    AnthropicBashCodeExecutionToolResultError as AnthropicBashCodeExecutionToolResultError,
)
from openrouter_core.models.anthropic_cache_control_directive import (
    AnthropicCacheControlDirective as AnthropicCacheControlDirective,
)
from openrouter_core.models.anthropic_cache_control_ttl import (
    AnthropicCacheControlTtl as AnthropicCacheControlTtl,
)
from openrouter_core.models.anthropic_cache_creation import (
    AnthropicCacheCreation as AnthropicCacheCreation,
)
from openrouter_core.models.anthropic_caller import AnthropicCaller as AnthropicCaller
from openrouter_core.models.anthropic_citation_char_location import (
    AnthropicCitationCharLocation as AnthropicCitationCharLocation,
)
from openrouter_core.models.anthropic_citation_char_location_param import (
    AnthropicCitationCharLocationParam as AnthropicCitationCharLocationParam,
)
from openrouter_core.models.anthropic_citation_content_block_location import (
    AnthropicCitationContentBlockLocation as AnthropicCitationContentBlockLocation,
)
from openrouter_core.models.anthropic_citation_content_block_location_param import (
    AnthropicCitationContentBlockLocationParam as AnthropicCitationContentBlockLocationParam,
)
from openrouter_core.models.anthropic_citation_page_location import (
    AnthropicCitationPageLocation as AnthropicCitationPageLocation,
)
from openrouter_core.models.anthropic_citation_page_location_param import (
    AnthropicCitationPageLocationParam as AnthropicCitationPageLocationParam,
)
from openrouter_core.models.anthropic_citation_search_result_location import (
    AnthropicCitationSearchResultLocation as AnthropicCitationSearchResultLocation,
)
from openrouter_core.models.anthropic_citation_search_result_location_param import (
    AnthropicCitationSearchResultLocationParam as AnthropicCitationSearchResultLocationParam,
)
from openrouter_core.models.anthropic_citation_web_search_result_location import (
    AnthropicCitationWebSearchResultLocation as AnthropicCitationWebSearchResultLocation,
)
from openrouter_core.models.anthropic_citation_web_search_result_location_param import (
    AnthropicCitationWebSearchResultLocationParam as AnthropicCitationWebSearchResultLocationParam,
)
from openrouter_core.models.anthropic_citations_config import (
    AnthropicCitationsConfig as AnthropicCitationsConfig,
)
from openrouter_core.models.anthropic_code_execution20250825_caller import (
    AnthropicCodeExecution20250825Caller as AnthropicCodeExecution20250825Caller,
)
from openrouter_core.models.anthropic_code_execution20260120_caller import (
    AnthropicCodeExecution20260120Caller as AnthropicCodeExecution20260120Caller,
)
from openrouter_core.models.anthropic_code_execution_content import (
    AnthropicCodeExecutionContent as AnthropicCodeExecutionContent,
)
from openrouter_core.models.anthropic_code_execution_output import (
    AnthropicCodeExecutionOutput as AnthropicCodeExecutionOutput,
)
from openrouter_core.models.anthropic_code_execution_result import (
    AnthropicCodeExecutionResult as AnthropicCodeExecutionResult,
)
from openrouter_core.models.anthropic_code_execution_tool_result import (
    AnthropicCodeExecutionToolResult as AnthropicCodeExecutionToolResult,
)
from openrouter_core.models.anthropic_code_execution_tool_result_error import (
    AnthropicCodeExecutionToolResultError as AnthropicCodeExecutionToolResultError,
)
from openrouter_core.models.anthropic_compaction_block import (
    AnthropicCompactionBlock as AnthropicCompactionBlock,
)
from openrouter_core.models.anthropic_compaction_usage_iteration import (
    AnthropicCompactionUsageIteration as AnthropicCompactionUsageIteration,
)
from openrouter_core.models.anthropic_container import AnthropicContainer as AnthropicContainer
from openrouter_core.models.anthropic_container_upload import (
    AnthropicContainerUpload as AnthropicContainerUpload,
)
from openrouter_core.models.anthropic_direct_caller import (
    AnthropicDirectCaller as AnthropicDirectCaller,
)
from openrouter_core.models.anthropic_document_block import (
    AnthropicDocumentBlock as AnthropicDocumentBlock,
)
from openrouter_core.models.anthropic_document_block import (
    AnthropicDocumentBlockSource as AnthropicDocumentBlockSource,
)
from openrouter_core.models.anthropic_document_block_param import (
    AnthropicDocumentBlockParam as AnthropicDocumentBlockParam,
)
from openrouter_core.models.anthropic_document_block_param import (
    AnthropicDocumentBlockParamCitations as AnthropicDocumentBlockParamCitations,
)
from openrouter_core.models.anthropic_document_block_param import (
    AnthropicDocumentBlockParamSource as AnthropicDocumentBlockParamSource,
)
from openrouter_core.models.anthropic_document_block_param import (
    AnthropicDocumentBlockParamSourceContent as AnthropicDocumentBlockParamSourceContent,
)
from openrouter_core.models.anthropic_document_block_param import (
    AnthropicDocumentBlockParamSourceContentContent as AnthropicDocumentBlockParamSourceContentContent,
)
from openrouter_core.models.anthropic_document_block_param import (
    AnthropicDocumentBlockParamSourceContentContentItem as AnthropicDocumentBlockParamSourceContentContentItem,
)
from openrouter_core.models.anthropic_encrypted_code_execution_result import (
    AnthropicEncryptedCodeExecutionResult as AnthropicEncryptedCodeExecutionResult,
)
from openrouter_core.models.anthropic_file import AnthropicFile as AnthropicFile
from openrouter_core.models.anthropic_file_deleted import (
    AnthropicFileDeleted as AnthropicFileDeleted,
)
from openrouter_core.models.anthropic_file_document_source import (
    AnthropicFileDocumentSource as AnthropicFileDocumentSource,
)
from openrouter_core.models.anthropic_file_list import AnthropicFileList as AnthropicFileList
from openrouter_core.models.anthropic_image_block_param import (
    AnthropicImageBlockParam as AnthropicImageBlockParam,
)
from openrouter_core.models.anthropic_image_block_param import (
    AnthropicImageBlockParamSource as AnthropicImageBlockParamSource,
)
from openrouter_core.models.anthropic_image_mime_type import (
    AnthropicImageMimeType as AnthropicImageMimeType,
)
from openrouter_core.models.anthropic_input_tokens_clear_at_least import (
    AnthropicInputTokensClearAtLeast as AnthropicInputTokensClearAtLeast,
)
from openrouter_core.models.anthropic_input_tokens_trigger import (
    AnthropicInputTokensTrigger as AnthropicInputTokensTrigger,
)
from openrouter_core.models.anthropic_input_transformation import (
    AnthropicInputTransformation as AnthropicInputTransformation,
)
from openrouter_core.models.anthropic_iteration_cache_creation import (
    AnthropicIterationCacheCreation as AnthropicIterationCacheCreation,
)
from openrouter_core.models.anthropic_message_usage_iteration import (
    AnthropicMessageUsageIteration as AnthropicMessageUsageIteration,
)
from openrouter_core.models.anthropic_messages_error_response import (
    AnthropicMessagesErrorResponse as AnthropicMessagesErrorResponse,
)
from openrouter_core.models.anthropic_messages_error_response import (
    AnthropicMessagesErrorResponseError as AnthropicMessagesErrorResponseError,
)
from openrouter_core.models.anthropic_output_tokens_details import (
    AnthropicOutputTokensDetails as AnthropicOutputTokensDetails,
)
from openrouter_core.models.anthropic_plain_text_source import (
    AnthropicPlainTextSource as AnthropicPlainTextSource,
)
from openrouter_core.models.anthropic_redacted_thinking_block import (
    AnthropicRedactedThinkingBlock as AnthropicRedactedThinkingBlock,
)
from openrouter_core.models.anthropic_refusal_stop_details import (
    AnthropicRefusalStopDetails as AnthropicRefusalStopDetails,
)
from openrouter_core.models.anthropic_search_result_block_param import (
    AnthropicSearchResultBlockParam as AnthropicSearchResultBlockParam,
)
from openrouter_core.models.anthropic_search_result_block_param import (
    AnthropicSearchResultBlockParamCitations as AnthropicSearchResultBlockParamCitations,
)
from openrouter_core.models.anthropic_server_tool_error_code import (
    AnthropicServerToolErrorCode as AnthropicServerToolErrorCode,
)
from openrouter_core.models.anthropic_server_tool_usage import (
    AnthropicServerToolUsage as AnthropicServerToolUsage,
)
from openrouter_core.models.anthropic_service_tier import (
    AnthropicServiceTier as AnthropicServiceTier,
)
from openrouter_core.models.anthropic_speed import AnthropicSpeed as AnthropicSpeed
from openrouter_core.models.anthropic_text_block import AnthropicTextBlock as AnthropicTextBlock
from openrouter_core.models.anthropic_text_block_param import (
    AnthropicTextBlockParam as AnthropicTextBlockParam,
)
from openrouter_core.models.anthropic_text_block_param import (
    AnthropicTextBlockParamCitations as AnthropicTextBlockParamCitations,
)
from openrouter_core.models.anthropic_text_citation import (
    AnthropicTextCitation as AnthropicTextCitation,
)
from openrouter_core.models.anthropic_text_editor_code_execution_content import (
    AnthropicTextEditorCodeExecutionContent as AnthropicTextEditorCodeExecutionContent,
)
from openrouter_core.models.anthropic_text_editor_code_execution_create_result import (
    AnthropicTextEditorCodeExecutionCreateResult as AnthropicTextEditorCodeExecutionCreateResult,
)
from openrouter_core.models.anthropic_text_editor_code_execution_str_replace_result import (
    AnthropicTextEditorCodeExecutionStrReplaceResult as AnthropicTextEditorCodeExecutionStrReplaceResult,
)
from openrouter_core.models.anthropic_text_editor_code_execution_tool_result import (
    AnthropicTextEditorCodeExecutionToolResult as AnthropicTextEditorCodeExecutionToolResult,
)
from openrouter_core.models.anthropic_text_editor_code_execution_tool_result_error import (
    AnthropicTextEditorCodeExecutionToolResultError as AnthropicTextEditorCodeExecutionToolResultError,
)
from openrouter_core.models.anthropic_text_editor_code_execution_view_result import (
    AnthropicTextEditorCodeExecutionViewResult as AnthropicTextEditorCodeExecutionViewResult,
)
from openrouter_core.models.anthropic_thinking_block import (
    AnthropicThinkingBlock as AnthropicThinkingBlock,
)
from openrouter_core.models.anthropic_thinking_display import (
    AnthropicThinkingDisplay as AnthropicThinkingDisplay,
)
from openrouter_core.models.anthropic_thinking_turns import (
    AnthropicThinkingTurns as AnthropicThinkingTurns,
)
from openrouter_core.models.anthropic_tool_reference import (
    AnthropicToolReference as AnthropicToolReference,
)
from openrouter_core.models.anthropic_tool_search_content import (
    AnthropicToolSearchContent as AnthropicToolSearchContent,
)
from openrouter_core.models.anthropic_tool_search_result import (
    AnthropicToolSearchResult as AnthropicToolSearchResult,
)
from openrouter_core.models.anthropic_tool_search_result_error import (
    AnthropicToolSearchResultError as AnthropicToolSearchResultError,
)
from openrouter_core.models.anthropic_tool_search_tool_bm25 import (
    AnthropicToolSearchToolBm25 as AnthropicToolSearchToolBm25,
)
from openrouter_core.models.anthropic_tool_search_tool_regex import (
    AnthropicToolSearchToolRegex as AnthropicToolSearchToolRegex,
)
from openrouter_core.models.anthropic_tool_search_tool_result import (
    AnthropicToolSearchToolResult as AnthropicToolSearchToolResult,
)
from openrouter_core.models.anthropic_tool_use_block import (
    AnthropicToolUseBlock as AnthropicToolUseBlock,
)
from openrouter_core.models.anthropic_tool_uses_keep import (
    AnthropicToolUsesKeep as AnthropicToolUsesKeep,
)
from openrouter_core.models.anthropic_tool_uses_trigger import (
    AnthropicToolUsesTrigger as AnthropicToolUsesTrigger,
)
from openrouter_core.models.anthropic_unknown_usage_iteration import (
    AnthropicUnknownUsageIteration as AnthropicUnknownUsageIteration,
)
from openrouter_core.models.anthropic_url_image_source import (
    AnthropicUrlImageSource as AnthropicUrlImageSource,
)
from openrouter_core.models.anthropic_url_pdf_source import (
    AnthropicUrlPdfSource as AnthropicUrlPdfSource,
)
from openrouter_core.models.anthropic_usage import AnthropicUsage as AnthropicUsage
from openrouter_core.models.anthropic_usage_iteration import (
    AnthropicUsageIteration as AnthropicUsageIteration,
)
from openrouter_core.models.anthropic_web_fetch_block import (
    AnthropicWebFetchBlock as AnthropicWebFetchBlock,
)
from openrouter_core.models.anthropic_web_fetch_content import (
    AnthropicWebFetchContent as AnthropicWebFetchContent,
)
from openrouter_core.models.anthropic_web_fetch_tool_result import (
    AnthropicWebFetchToolResult as AnthropicWebFetchToolResult,
)
from openrouter_core.models.anthropic_web_fetch_tool_result_error import (
    AnthropicWebFetchToolResultError as AnthropicWebFetchToolResultError,
)
from openrouter_core.models.anthropic_web_search_result import (
    AnthropicWebSearchResult as AnthropicWebSearchResult,
)
from openrouter_core.models.anthropic_web_search_result_block_param import (
    AnthropicWebSearchResultBlockParam as AnthropicWebSearchResultBlockParam,
)
from openrouter_core.models.anthropic_web_search_tool_result import (
    AnthropicWebSearchToolResult as AnthropicWebSearchToolResult,
)
from openrouter_core.models.anthropic_web_search_tool_result import (
    AnthropicWebSearchToolResultContent as AnthropicWebSearchToolResultContent,
)
from openrouter_core.models.anthropic_web_search_tool_result_error import (
    AnthropicWebSearchToolResultError as AnthropicWebSearchToolResultError,
)
from openrouter_core.models.anthropic_web_search_tool_user_location import (
    AnthropicWebSearchToolUserLocation as AnthropicWebSearchToolUserLocation,
)
from openrouter_core.models.api_error_type import ApiErrorType as ApiErrorType
from openrouter_core.models.api_keys_create_body import ApiKeysCreateBody as ApiKeysCreateBody
from openrouter_core.models.api_keys_create_response import (
    ApiKeysCreateResponse as ApiKeysCreateResponse,
)
from openrouter_core.models.api_keys_create_response import (
    ApiKeysCreateResponseData as ApiKeysCreateResponseData,
)
from openrouter_core.models.api_keys_delete_response import (
    ApiKeysDeleteResponse as ApiKeysDeleteResponse,
)
from openrouter_core.models.api_keys_get_current_key_metadata_response import (
    ApiKeysGetCurrentKeyMetadataResponse as ApiKeysGetCurrentKeyMetadataResponse,
)
from openrouter_core.models.api_keys_get_current_key_metadata_response import (
    ApiKeysGetCurrentKeyMetadataResponseData as ApiKeysGetCurrentKeyMetadataResponseData,
)
from openrouter_core.models.api_keys_get_current_key_metadata_response import (
    ApiKeysGetCurrentKeyMetadataResponseDataRateLimit as ApiKeysGetCurrentKeyMetadataResponseDataRateLimit,
)
from openrouter_core.models.api_keys_get_response import ApiKeysGetResponse as ApiKeysGetResponse
from openrouter_core.models.api_keys_get_response import (
    ApiKeysGetResponseData as ApiKeysGetResponseData,
)
from openrouter_core.models.api_keys_list_response import ApiKeysListResponse as ApiKeysListResponse
from openrouter_core.models.api_keys_list_response import (
    ApiKeysListResponseData as ApiKeysListResponseData,
)
from openrouter_core.models.api_keys_update_body import ApiKeysUpdateBody as ApiKeysUpdateBody
from openrouter_core.models.api_keys_update_response import (
    ApiKeysUpdateResponse as ApiKeysUpdateResponse,
)
from openrouter_core.models.api_keys_update_response import (
    ApiKeysUpdateResponseData as ApiKeysUpdateResponseData,
)
from openrouter_core.models.app_rankings_item import AppRankingsItem as AppRankingsItem
from openrouter_core.models.app_rankings_response import AppRankingsResponse as AppRankingsResponse
from openrouter_core.models.apply_patch_call_item import ApplyPatchCallItem as ApplyPatchCallItem
from openrouter_core.models.apply_patch_call_operation import (
    ApplyPatchCallOperation as ApplyPatchCallOperation,
)
from openrouter_core.models.apply_patch_call_operation_diff_delta_event import (
    ApplyPatchCallOperationDiffDeltaEvent as ApplyPatchCallOperationDiffDeltaEvent,
)
from openrouter_core.models.apply_patch_call_operation_diff_done_event import (
    ApplyPatchCallOperationDiffDoneEvent as ApplyPatchCallOperationDiffDoneEvent,
)
from openrouter_core.models.apply_patch_call_output_item import (
    ApplyPatchCallOutputItem as ApplyPatchCallOutputItem,
)
from openrouter_core.models.apply_patch_call_status import (
    ApplyPatchCallStatus as ApplyPatchCallStatus,
)
from openrouter_core.models.apply_patch_create_file_operation import (
    ApplyPatchCreateFileOperation as ApplyPatchCreateFileOperation,
)
from openrouter_core.models.apply_patch_delete_file_operation import (
    ApplyPatchDeleteFileOperation as ApplyPatchDeleteFileOperation,
)
from openrouter_core.models.apply_patch_engine_enum import (
    ApplyPatchEngineEnum as ApplyPatchEngineEnum,
)
from openrouter_core.models.apply_patch_server_tool import (
    ApplyPatchServerTool as ApplyPatchServerTool,
)
from openrouter_core.models.apply_patch_server_tool_config import (
    ApplyPatchServerToolConfig as ApplyPatchServerToolConfig,
)
from openrouter_core.models.apply_patch_server_tool_openrouter import (
    ApplyPatchServerToolOpenRouter as ApplyPatchServerToolOpenRouter,
)
from openrouter_core.models.apply_patch_update_file_operation import (
    ApplyPatchUpdateFileOperation as ApplyPatchUpdateFileOperation,
)
from openrouter_core.models.armor_safeguard_result import (
    ArmorSafeguardResult as ArmorSafeguardResult,
)
from openrouter_core.models.armor_safeguard_result_status import (
    ArmorSafeguardResultStatus as ArmorSafeguardResultStatus,
)
from openrouter_core.models.armor_safeguard_result_status import (
    ArmorSafeguardResultStatusToolUsesValue as ArmorSafeguardResultStatusToolUsesValue,
)
from openrouter_core.models.auto_beta_router_plugin import (
    AutoBetaRouterPlugin as AutoBetaRouterPlugin,
)
from openrouter_core.models.auto_router_plugin import AutoRouterPlugin as AutoRouterPlugin
from openrouter_core.models.bad_gateway_response import BadGatewayResponse as BadGatewayResponse
from openrouter_core.models.bad_gateway_response_error_data import (
    BadGatewayResponseErrorData as BadGatewayResponseErrorData,
)
from openrouter_core.models.bad_gateway_union import BadGatewayUnion as BadGatewayUnion
from openrouter_core.models.bad_request_response import BadRequestResponse as BadRequestResponse
from openrouter_core.models.bad_request_response_error_data import (
    BadRequestResponseErrorData as BadRequestResponseErrorData,
)
from openrouter_core.models.base_annotation_added_event import (
    BaseAnnotationAddedEvent as BaseAnnotationAddedEvent,
)
from openrouter_core.models.base_content_part_added_event import (
    BaseContentPartAddedEvent as BaseContentPartAddedEvent,
)
from openrouter_core.models.base_content_part_added_event import (
    BaseContentPartAddedEventPart as BaseContentPartAddedEventPart,
)
from openrouter_core.models.base_content_part_done_event import (
    BaseContentPartDoneEvent as BaseContentPartDoneEvent,
)
from openrouter_core.models.base_content_part_done_event import (
    BaseContentPartDoneEventPart as BaseContentPartDoneEventPart,
)
from openrouter_core.models.base_custom_tool_call_input_delta_event import (
    BaseCustomToolCallInputDeltaEvent as BaseCustomToolCallInputDeltaEvent,
)
from openrouter_core.models.base_custom_tool_call_input_done_event import (
    BaseCustomToolCallInputDoneEvent as BaseCustomToolCallInputDoneEvent,
)
from openrouter_core.models.base_error_event import BaseErrorEvent as BaseErrorEvent
from openrouter_core.models.base_function_call_args_delta_event import (
    BaseFunctionCallArgsDeltaEvent as BaseFunctionCallArgsDeltaEvent,
)
from openrouter_core.models.base_function_call_args_done_event import (
    BaseFunctionCallArgsDoneEvent as BaseFunctionCallArgsDoneEvent,
)
from openrouter_core.models.base_inputs import BaseInputs as BaseInputs
from openrouter_core.models.base_inputs import BaseInputsItem as BaseInputsItem
from openrouter_core.models.base_inputs import BaseInputsItemMessage as BaseInputsItemMessage
from openrouter_core.models.base_inputs import (
    BaseInputsItemMessageContent as BaseInputsItemMessageContent,
)
from openrouter_core.models.base_inputs import (
    BaseInputsItemMessageContentItem as BaseInputsItemMessageContentItem,
)
from openrouter_core.models.base_messages_result import BaseMessagesResult as BaseMessagesResult
from openrouter_core.models.base_messages_result import (
    BaseMessagesResultUsage as BaseMessagesResultUsage,
)
from openrouter_core.models.base_reasoning_config import BaseReasoningConfig as BaseReasoningConfig
from openrouter_core.models.base_reasoning_delta_event import (
    BaseReasoningDeltaEvent as BaseReasoningDeltaEvent,
)
from openrouter_core.models.base_reasoning_done_event import (
    BaseReasoningDoneEvent as BaseReasoningDoneEvent,
)
from openrouter_core.models.base_reasoning_summary_part_added_event import (
    BaseReasoningSummaryPartAddedEvent as BaseReasoningSummaryPartAddedEvent,
)
from openrouter_core.models.base_reasoning_summary_part_done_event import (
    BaseReasoningSummaryPartDoneEvent as BaseReasoningSummaryPartDoneEvent,
)
from openrouter_core.models.base_reasoning_summary_text_delta_event import (
    BaseReasoningSummaryTextDeltaEvent as BaseReasoningSummaryTextDeltaEvent,
)
from openrouter_core.models.base_reasoning_summary_text_done_event import (
    BaseReasoningSummaryTextDoneEvent as BaseReasoningSummaryTextDoneEvent,
)
from openrouter_core.models.base_refusal_delta_event import (
    BaseRefusalDeltaEvent as BaseRefusalDeltaEvent,
)
from openrouter_core.models.base_refusal_done_event import (
    BaseRefusalDoneEvent as BaseRefusalDoneEvent,
)
from openrouter_core.models.base_responses_result import BaseResponsesResult as BaseResponsesResult
from openrouter_core.models.base_responses_result import (
    BaseResponsesResultOutput as BaseResponsesResultOutput,
)
from openrouter_core.models.base_responses_result import (
    BaseResponsesResultTools as BaseResponsesResultTools,
)
from openrouter_core.models.base_responses_result import (
    BaseResponsesResultToolsVariant1 as BaseResponsesResultToolsVariant1,
)
from openrouter_core.models.base_text_delta_event import BaseTextDeltaEvent as BaseTextDeltaEvent
from openrouter_core.models.base_text_done_event import BaseTextDoneEvent as BaseTextDoneEvent
from openrouter_core.models.bash_server_tool import BashServerTool as BashServerTool
from openrouter_core.models.bash_server_tool_config import (
    BashServerToolConfig as BashServerToolConfig,
)
from openrouter_core.models.bash_server_tool_engine import (
    BashServerToolEngine as BashServerToolEngine,
)
from openrouter_core.models.bash_server_tool_environment import (
    BashServerToolEnvironment as BashServerToolEnvironment,
)
from openrouter_core.models.batch_deleted_object import BatchDeletedObject as BatchDeletedObject
from openrouter_core.models.batch_deletion_targets import (
    BatchDeletionTargets as BatchDeletionTargets,
)
from openrouter_core.models.batch_error_response import BatchErrorResponse as BatchErrorResponse
from openrouter_core.models.batch_error_response_error import (
    BatchErrorResponseError as BatchErrorResponseError,
)
from openrouter_core.models.batch_list_item import BatchListItem as BatchListItem
from openrouter_core.models.batch_list_item_completion_tokens_details import (
    BatchListItemCompletionTokensDetails as BatchListItemCompletionTokensDetails,
)
from openrouter_core.models.batch_list_item_error import BatchListItemError as BatchListItemError
from openrouter_core.models.batch_list_item_prompt_tokens_details import (
    BatchListItemPromptTokensDetails as BatchListItemPromptTokensDetails,
)
from openrouter_core.models.batch_list_item_request_counts import (
    BatchListItemRequestCounts as BatchListItemRequestCounts,
)
from openrouter_core.models.batch_list_item_server_tool_use import (
    BatchListItemServerToolUse as BatchListItemServerToolUse,
)
from openrouter_core.models.batch_list_item_usage import BatchListItemUsage as BatchListItemUsage
from openrouter_core.models.batch_list_response import BatchListResponse as BatchListResponse
from openrouter_core.models.batch_object import BatchObject as BatchObject
from openrouter_core.models.batch_object_completion_tokens_details import (
    BatchObjectCompletionTokensDetails as BatchObjectCompletionTokensDetails,
)
from openrouter_core.models.batch_object_data import BatchObjectData as BatchObjectData
from openrouter_core.models.batch_object_data import (
    BatchObjectDataEmbedding as BatchObjectDataEmbedding,
)
from openrouter_core.models.batch_object_debug import BatchObjectDebug as BatchObjectDebug
from openrouter_core.models.batch_object_error import BatchObjectError as BatchObjectError
from openrouter_core.models.batch_object_file import BatchObjectFile as BatchObjectFile
from openrouter_core.models.batch_object_file import (
    BatchObjectFileContent as BatchObjectFileContent,
)
from openrouter_core.models.batch_object_function import BatchObjectFunction as BatchObjectFunction
from openrouter_core.models.batch_object_image_url import BatchObjectImageURL as BatchObjectImageURL
from openrouter_core.models.batch_object_prompt_tokens_details import (
    BatchObjectPromptTokensDetails as BatchObjectPromptTokensDetails,
)
from openrouter_core.models.batch_object_request_counts import (
    BatchObjectRequestCounts as BatchObjectRequestCounts,
)
from openrouter_core.models.batch_object_response import BatchObjectResponse as BatchObjectResponse
from openrouter_core.models.batch_object_response import (
    BatchObjectResponseBody as BatchObjectResponseBody,
)
from openrouter_core.models.batch_object_server_tool_use import (
    BatchObjectServerToolUse as BatchObjectServerToolUse,
)
from openrouter_core.models.batch_object_server_tool_use_details import (
    BatchObjectServerToolUseDetails as BatchObjectServerToolUseDetails,
)
from openrouter_core.models.batch_object_timings import BatchObjectTimings as BatchObjectTimings
from openrouter_core.models.batch_object_url_citation import (
    BatchObjectURLCitation as BatchObjectURLCitation,
)
from openrouter_core.models.batch_object_usage import BatchObjectUsage as BatchObjectUsage
from openrouter_core.models.batch_payment_required_response import (
    BatchPaymentRequiredResponse as BatchPaymentRequiredResponse,
)
from openrouter_core.models.batch_payment_required_response_completion_tokens_details import (
    BatchPaymentRequiredResponseCompletionTokensDetails as BatchPaymentRequiredResponseCompletionTokensDetails,
)
from openrouter_core.models.batch_payment_required_response_error import (
    BatchPaymentRequiredResponseError as BatchPaymentRequiredResponseError,
)
from openrouter_core.models.batch_payment_required_response_prompt_tokens_details import (
    BatchPaymentRequiredResponsePromptTokensDetails as BatchPaymentRequiredResponsePromptTokensDetails,
)
from openrouter_core.models.batch_payment_required_response_request_counts import (
    BatchPaymentRequiredResponseRequestCounts as BatchPaymentRequiredResponseRequestCounts,
)
from openrouter_core.models.batch_payment_required_response_server_tool_use import (
    BatchPaymentRequiredResponseServerToolUse as BatchPaymentRequiredResponseServerToolUse,
)
from openrouter_core.models.batch_payment_required_response_usage import (
    BatchPaymentRequiredResponseUsage as BatchPaymentRequiredResponseUsage,
)
from openrouter_core.models.batch_provider_preferences import (
    BatchProviderPreferences as BatchProviderPreferences,
)
from openrouter_core.models.batch_submit_body import BatchSubmitBody as BatchSubmitBody
from openrouter_core.models.body_chat_completion import BodyChatCompletion as BodyChatCompletion
from openrouter_core.models.body_completion_tokens_details import (
    BodyCompletionTokensDetails as BodyCompletionTokensDetails,
)
from openrouter_core.models.body_list import BodyList as BodyList
from openrouter_core.models.body_message import BodyMessage as BodyMessage
from openrouter_core.models.body_message import BodyMessageContent as BodyMessageContent
from openrouter_core.models.body_prompt_tokens_details1 import (
    BodyPromptTokensDetails1 as BodyPromptTokensDetails1,
)
from openrouter_core.models.body_prompt_tokens_details2 import (
    BodyPromptTokensDetails2 as BodyPromptTokensDetails2,
)
from openrouter_core.models.body_server_tool_use import BodyServerToolUse as BodyServerToolUse
from openrouter_core.models.body_usage1 import BodyUsage1 as BodyUsage1
from openrouter_core.models.body_usage2 import BodyUsage2 as BodyUsage2
from openrouter_core.models.body_usage3 import BodyUsage3 as BodyUsage3
from openrouter_core.models.boolean_capability import BooleanCapability as BooleanCapability
from openrouter_core.models.box import Box as Box
from openrouter_core.models.bulk_add_workspace_members_request import (
    BulkAddWorkspaceMembersRequest as BulkAddWorkspaceMembersRequest,
)
from openrouter_core.models.bulk_add_workspace_members_response import (
    BulkAddWorkspaceMembersResponse as BulkAddWorkspaceMembersResponse,
)
from openrouter_core.models.bulk_assign_keys_request import (
    BulkAssignKeysRequest as BulkAssignKeysRequest,
)
from openrouter_core.models.bulk_assign_keys_response import (
    BulkAssignKeysResponse as BulkAssignKeysResponse,
)
from openrouter_core.models.bulk_assign_members_request import (
    BulkAssignMembersRequest as BulkAssignMembersRequest,
)
from openrouter_core.models.bulk_assign_members_response import (
    BulkAssignMembersResponse as BulkAssignMembersResponse,
)
from openrouter_core.models.bulk_remove_workspace_members_request import (
    BulkRemoveWorkspaceMembersRequest as BulkRemoveWorkspaceMembersRequest,
)
from openrouter_core.models.bulk_remove_workspace_members_response import (
    BulkRemoveWorkspaceMembersResponse as BulkRemoveWorkspaceMembersResponse,
)
from openrouter_core.models.bulk_unassign_keys_request import (
    BulkUnassignKeysRequest as BulkUnassignKeysRequest,
)
from openrouter_core.models.bulk_unassign_keys_response import (
    BulkUnassignKeysResponse as BulkUnassignKeysResponse,
)
from openrouter_core.models.bulk_unassign_members_request import (
    BulkUnassignMembersRequest as BulkUnassignMembersRequest,
)
from openrouter_core.models.bulk_unassign_members_response import (
    BulkUnassignMembersResponse as BulkUnassignMembersResponse,
)
from openrouter_core.models.byok_key import BYOKKey as BYOKKey
from openrouter_core.models.byok_provider_slug import BYOKProviderSlug as BYOKProviderSlug
from openrouter_core.models.capability_descriptor import (
    CapabilityDescriptor as CapabilityDescriptor,
)
from openrouter_core.models.chat_assistant_images import ChatAssistantImages as ChatAssistantImages
from openrouter_core.models.chat_assistant_images import (
    ChatAssistantImagesItem as ChatAssistantImagesItem,
)
from openrouter_core.models.chat_assistant_images import (
    ChatAssistantImagesItemImageUrl as ChatAssistantImagesItemImageUrl,
)
from openrouter_core.models.chat_assistant_message import (
    ChatAssistantMessage as ChatAssistantMessage,
)
from openrouter_core.models.chat_assistant_message import (
    ChatAssistantMessageContent as ChatAssistantMessageContent,
)
from openrouter_core.models.chat_audio_output import ChatAudioOutput as ChatAudioOutput
from openrouter_core.models.chat_choice import ChatChoice as ChatChoice
from openrouter_core.models.chat_content_audio import ChatContentAudio as ChatContentAudio
from openrouter_core.models.chat_content_audio import (
    ChatContentAudioInputAudio as ChatContentAudioInputAudio,
)
from openrouter_core.models.chat_content_cache_control import (
    ChatContentCacheControl as ChatContentCacheControl,
)
from openrouter_core.models.chat_content_file import ChatContentFile as ChatContentFile
from openrouter_core.models.chat_content_file import ChatContentFileFile as ChatContentFileFile
from openrouter_core.models.chat_content_image import ChatContentImage as ChatContentImage
from openrouter_core.models.chat_content_image import (
    ChatContentImageImageUrl as ChatContentImageImageUrl,
)
from openrouter_core.models.chat_content_items import ChatContentItems as ChatContentItems
from openrouter_core.models.chat_content_text import ChatContentText as ChatContentText
from openrouter_core.models.chat_content_video import ChatContentVideo as ChatContentVideo
from openrouter_core.models.chat_content_video_input import (
    ChatContentVideoInput as ChatContentVideoInput,
)
from openrouter_core.models.chat_debug_options import ChatDebugOptions as ChatDebugOptions
from openrouter_core.models.chat_developer_message import (
    ChatDeveloperMessage as ChatDeveloperMessage,
)
from openrouter_core.models.chat_developer_message import (
    ChatDeveloperMessageContent as ChatDeveloperMessageContent,
)
from openrouter_core.models.chat_file_annotation import ChatFileAnnotation as ChatFileAnnotation
from openrouter_core.models.chat_file_annotation_file import (
    ChatFileAnnotationFile as ChatFileAnnotationFile,
)
from openrouter_core.models.chat_file_annotation_file import (
    ChatFileAnnotationFileContent as ChatFileAnnotationFileContent,
)
from openrouter_core.models.chat_finish_reason_enum import (
    ChatFinishReasonEnum as ChatFinishReasonEnum,
)
from openrouter_core.models.chat_format_grammar_config import (
    ChatFormatGrammarConfig as ChatFormatGrammarConfig,
)
from openrouter_core.models.chat_format_json_object_config import (
    ChatFormatJsonObjectConfig as ChatFormatJsonObjectConfig,
)
from openrouter_core.models.chat_format_json_schema_config import (
    ChatFormatJsonSchemaConfig as ChatFormatJsonSchemaConfig,
)
from openrouter_core.models.chat_format_python_config import (
    ChatFormatPythonConfig as ChatFormatPythonConfig,
)
from openrouter_core.models.chat_format_text_config import (
    ChatFormatTextConfig as ChatFormatTextConfig,
)
from openrouter_core.models.chat_function_tool import ChatFunctionTool as ChatFunctionTool
from openrouter_core.models.chat_function_tool import (
    ChatFunctionToolFunction as ChatFunctionToolFunction,
)
from openrouter_core.models.chat_function_tool import (
    ChatFunctionToolFunctionFunction as ChatFunctionToolFunctionFunction,
)
from openrouter_core.models.chat_json_schema_config import (
    ChatJsonSchemaConfig as ChatJsonSchemaConfig,
)
from openrouter_core.models.chat_message_annotation import (
    ChatMessageAnnotation as ChatMessageAnnotation,
)
from openrouter_core.models.chat_messages import ChatMessages as ChatMessages
from openrouter_core.models.chat_model_names import ChatModelNames as ChatModelNames
from openrouter_core.models.chat_named_tool_choice import ChatNamedToolChoice as ChatNamedToolChoice
from openrouter_core.models.chat_named_tool_choice import (
    ChatNamedToolChoiceFunction as ChatNamedToolChoiceFunction,
)
from openrouter_core.models.chat_reasoning_details import (
    ChatReasoningDetails as ChatReasoningDetails,
)
from openrouter_core.models.chat_reasoning_summary_verbosity_enum import (
    ChatReasoningSummaryVerbosityEnum as ChatReasoningSummaryVerbosityEnum,
)
from openrouter_core.models.chat_request import ChatRequest as ChatRequest
from openrouter_core.models.chat_request import ChatRequestPlugins as ChatRequestPlugins
from openrouter_core.models.chat_request import ChatRequestReasoning as ChatRequestReasoning
from openrouter_core.models.chat_request import (
    ChatRequestResponseFormat as ChatRequestResponseFormat,
)
from openrouter_core.models.chat_request import ChatRequestStop as ChatRequestStop
from openrouter_core.models.chat_result import ChatResult as ChatResult
from openrouter_core.models.chat_search_models_server_tool import (
    ChatSearchModelsServerTool as ChatSearchModelsServerTool,
)
from openrouter_core.models.chat_server_tool_choice import (
    ChatServerToolChoice as ChatServerToolChoice,
)
from openrouter_core.models.chat_stream_choice import ChatStreamChoice as ChatStreamChoice
from openrouter_core.models.chat_stream_chunk import ChatStreamChunk as ChatStreamChunk
from openrouter_core.models.chat_stream_chunk import ChatStreamChunkError as ChatStreamChunkError
from openrouter_core.models.chat_stream_chunk import (
    ChatStreamChunkErrorMetadata as ChatStreamChunkErrorMetadata,
)
from openrouter_core.models.chat_stream_delta import ChatStreamDelta as ChatStreamDelta
from openrouter_core.models.chat_stream_options import ChatStreamOptions as ChatStreamOptions
from openrouter_core.models.chat_stream_reasoning_details import (
    ChatStreamReasoningDetails as ChatStreamReasoningDetails,
)
from openrouter_core.models.chat_stream_tool_call import ChatStreamToolCall as ChatStreamToolCall
from openrouter_core.models.chat_stream_tool_call import (
    ChatStreamToolCallFunction as ChatStreamToolCallFunction,
)
from openrouter_core.models.chat_streaming_response import (
    ChatStreamingResponse as ChatStreamingResponse,
)
from openrouter_core.models.chat_system_message import ChatSystemMessage as ChatSystemMessage
from openrouter_core.models.chat_system_message import (
    ChatSystemMessageContent as ChatSystemMessageContent,
)
from openrouter_core.models.chat_token_logprob import ChatTokenLogprob as ChatTokenLogprob
from openrouter_core.models.chat_token_logprob import (
    ChatTokenLogprobTopLogprobs as ChatTokenLogprobTopLogprobs,
)
from openrouter_core.models.chat_token_logprobs import ChatTokenLogprobs as ChatTokenLogprobs
from openrouter_core.models.chat_tool_call import ChatToolCall as ChatToolCall
from openrouter_core.models.chat_tool_call import ChatToolCallFunction as ChatToolCallFunction
from openrouter_core.models.chat_tool_choice import ChatToolChoice as ChatToolChoice
from openrouter_core.models.chat_tool_message import ChatToolMessage as ChatToolMessage
from openrouter_core.models.chat_tool_message import (
    ChatToolMessageContent as ChatToolMessageContent,
)
from openrouter_core.models.chat_url_citation import ChatUrlCitation as ChatUrlCitation
from openrouter_core.models.chat_url_citation_annotation import (
    ChatUrlCitationAnnotation as ChatUrlCitationAnnotation,
)
from openrouter_core.models.chat_usage import ChatUsage as ChatUsage
from openrouter_core.models.chat_usage import (
    ChatUsageCompletionTokensDetails as ChatUsageCompletionTokensDetails,
)
from openrouter_core.models.chat_usage import (
    ChatUsagePromptTokensDetails as ChatUsagePromptTokensDetails,
)
from openrouter_core.models.chat_user_message import ChatUserMessage as ChatUserMessage
from openrouter_core.models.chat_user_message import (
    ChatUserMessageContent as ChatUserMessageContent,
)
from openrouter_core.models.chat_web_search_shorthand import (
    ChatWebSearchShorthand as ChatWebSearchShorthand,
)
from openrouter_core.models.choice import Choice as Choice
from openrouter_core.models.code_interpreter_call_code_delta_event import (
    CodeInterpreterCallCodeDeltaEvent as CodeInterpreterCallCodeDeltaEvent,
)
from openrouter_core.models.code_interpreter_call_code_done_event import (
    CodeInterpreterCallCodeDoneEvent as CodeInterpreterCallCodeDoneEvent,
)
from openrouter_core.models.code_interpreter_call_completed_event import (
    CodeInterpreterCallCompletedEvent as CodeInterpreterCallCompletedEvent,
)
from openrouter_core.models.code_interpreter_call_in_progress_event import (
    CodeInterpreterCallInProgressEvent as CodeInterpreterCallInProgressEvent,
)
from openrouter_core.models.code_interpreter_call_interpreting_event import (
    CodeInterpreterCallInterpretingEvent as CodeInterpreterCallInterpretingEvent,
)
from openrouter_core.models.code_interpreter_call_item import (
    CodeInterpreterCallItem as CodeInterpreterCallItem,
)
from openrouter_core.models.code_interpreter_file_output import (
    CodeInterpreterFileOutput as CodeInterpreterFileOutput,
)
from openrouter_core.models.code_interpreter_image_output import (
    CodeInterpreterImageOutput as CodeInterpreterImageOutput,
)
from openrouter_core.models.code_interpreter_logs_output import (
    CodeInterpreterLogsOutput as CodeInterpreterLogsOutput,
)
from openrouter_core.models.code_interpreter_server_tool import (
    CodeInterpreterServerTool as CodeInterpreterServerTool,
)
from openrouter_core.models.code_interpreter_server_tool import (
    CodeInterpreterServerToolContainer as CodeInterpreterServerToolContainer,
)
from openrouter_core.models.code_interpreter_server_tool import (
    CodeInterpreterServerToolContainerAuto as CodeInterpreterServerToolContainerAuto,
)
from openrouter_core.models.codex_local_shell_tool import CodexLocalShellTool as CodexLocalShellTool
from openrouter_core.models.compaction_item import CompactionItem as CompactionItem
from openrouter_core.models.completed_event import CompletedEvent as CompletedEvent
from openrouter_core.models.compound_filter import CompoundFilter as CompoundFilter
from openrouter_core.models.computer_use_server_tool import (
    ComputerUseServerTool as ComputerUseServerTool,
)
from openrouter_core.models.conflict_response import ConflictResponse as ConflictResponse
from openrouter_core.models.conflict_response_error_data import (
    ConflictResponseErrorData as ConflictResponseErrorData,
)
from openrouter_core.models.conflict_union import ConflictUnion as ConflictUnion
from openrouter_core.models.container_auto_environment import (
    ContainerAutoEnvironment as ContainerAutoEnvironment,
)
from openrouter_core.models.container_file import ContainerFile as ContainerFile
from openrouter_core.models.container_file_list_response import (
    ContainerFileListResponse as ContainerFileListResponse,
)
from openrouter_core.models.container_reference_environment import (
    ContainerReferenceEnvironment as ContainerReferenceEnvironment,
)
from openrouter_core.models.containers_promote_container_file_response import (
    ContainersPromoteContainerFileResponse as ContainersPromoteContainerFileResponse,
)
from openrouter_core.models.content_filter_action import ContentFilterAction as ContentFilterAction
from openrouter_core.models.content_filter_builtin_action import (
    ContentFilterBuiltinAction as ContentFilterBuiltinAction,
)
from openrouter_core.models.content_filter_builtin_entry import (
    ContentFilterBuiltinEntry as ContentFilterBuiltinEntry,
)
from openrouter_core.models.content_filter_builtin_entry_input import (
    ContentFilterBuiltinEntryInput as ContentFilterBuiltinEntryInput,
)
from openrouter_core.models.content_filter_builtin_slug import (
    ContentFilterBuiltinSlug as ContentFilterBuiltinSlug,
)
from openrouter_core.models.content_filter_entry import ContentFilterEntry as ContentFilterEntry
from openrouter_core.models.content_image_url import ContentImageURL as ContentImageURL
from openrouter_core.models.content_image_url_image_url import (
    ContentImageURLImageURL as ContentImageURLImageURL,
)
from openrouter_core.models.content_part_added_event import (
    ContentPartAddedEvent as ContentPartAddedEvent,
)
from openrouter_core.models.content_part_added_event import (
    ContentPartAddedEventPart as ContentPartAddedEventPart,
)
from openrouter_core.models.content_part_audio import ContentPartAudio as ContentPartAudio
from openrouter_core.models.content_part_audio import (
    ContentPartAudioAudioUrl as ContentPartAudioAudioUrl,
)
from openrouter_core.models.content_part_done_event import (
    ContentPartDoneEvent as ContentPartDoneEvent,
)
from openrouter_core.models.content_part_done_event import (
    ContentPartDoneEventPart as ContentPartDoneEventPart,
)
from openrouter_core.models.content_part_image import ContentPartImage as ContentPartImage
from openrouter_core.models.content_part_image import (
    ContentPartImageImageUrl as ContentPartImageImageUrl,
)
from openrouter_core.models.content_part_input_audio import (
    ContentPartInputAudio as ContentPartInputAudio,
)
from openrouter_core.models.content_part_input_file import (
    ContentPartInputFile as ContentPartInputFile,
)
from openrouter_core.models.content_part_input_video import (
    ContentPartInputVideo as ContentPartInputVideo,
)
from openrouter_core.models.content_part_video import ContentPartVideo as ContentPartVideo
from openrouter_core.models.content_part_video import (
    ContentPartVideoVideoUrl as ContentPartVideoVideoUrl,
)
from openrouter_core.models.content_text import ContentText as ContentText
from openrouter_core.models.content_top_logprob import ContentTopLogprob as ContentTopLogprob
from openrouter_core.models.context_compaction_item import (
    ContextCompactionItem as ContextCompactionItem,
)
from openrouter_core.models.context_compression_engine import (
    ContextCompressionEngine as ContextCompressionEngine,
)
from openrouter_core.models.context_compression_plugin import (
    ContextCompressionPlugin as ContextCompressionPlugin,
)
from openrouter_core.models.cost_details import CostDetails as CostDetails
from openrouter_core.models.create_byok_key_request import (
    CreateBYOKKeyRequest as CreateBYOKKeyRequest,
)
from openrouter_core.models.create_byok_key_response import (
    CreateBYOKKeyResponse as CreateBYOKKeyResponse,
)
from openrouter_core.models.create_external_user_request import (
    CreateExternalUserRequest as CreateExternalUserRequest,
)
from openrouter_core.models.create_guardrail_request import (
    CreateGuardrailRequest as CreateGuardrailRequest,
)
from openrouter_core.models.create_guardrail_response import (
    CreateGuardrailResponse as CreateGuardrailResponse,
)
from openrouter_core.models.create_observability_destination_request import (
    CreateObservabilityDestinationRequest as CreateObservabilityDestinationRequest,
)
from openrouter_core.models.create_observability_destination_response import (
    CreateObservabilityDestinationResponse as CreateObservabilityDestinationResponse,
)
from openrouter_core.models.create_preset_from_inference_response import (
    CreatePresetFromInferenceResponse as CreatePresetFromInferenceResponse,
)
from openrouter_core.models.create_private_endpoint_request import (
    CreatePrivateEndpointRequest as CreatePrivateEndpointRequest,
)
from openrouter_core.models.create_private_endpoint_validation_failed_response import (
    CreatePrivateEndpointValidationFailedResponse as CreatePrivateEndpointValidationFailedResponse,
)
from openrouter_core.models.create_private_endpoint_validation_failed_response_data import (
    CreatePrivateEndpointValidationFailedResponseData as CreatePrivateEndpointValidationFailedResponseData,
)
from openrouter_core.models.create_private_endpoint_validation_failed_response_error import (
    CreatePrivateEndpointValidationFailedResponseError as CreatePrivateEndpointValidationFailedResponseError,
)
from openrouter_core.models.create_scim_group_mapping_request import (
    CreateScimGroupMappingRequest as CreateScimGroupMappingRequest,
)
from openrouter_core.models.create_scim_group_mapping_response import (
    CreateScimGroupMappingResponse as CreateScimGroupMappingResponse,
)
from openrouter_core.models.create_scim_sync_job_response import (
    CreateScimSyncJobResponse as CreateScimSyncJobResponse,
)
from openrouter_core.models.create_workspace_request import (
    CreateWorkspaceRequest as CreateWorkspaceRequest,
)
from openrouter_core.models.create_workspace_response import (
    CreateWorkspaceResponse as CreateWorkspaceResponse,
)
from openrouter_core.models.created_event import CreatedEvent as CreatedEvent
from openrouter_core.models.credits_get_credits_response import (
    CreditsGetCreditsResponse as CreditsGetCreditsResponse,
)
from openrouter_core.models.credits_get_credits_response import (
    CreditsGetCreditsResponseData as CreditsGetCreditsResponseData,
)
from openrouter_core.models.custom_tool import CustomTool as CustomTool
from openrouter_core.models.custom_tool import CustomToolFormat as CustomToolFormat
from openrouter_core.models.custom_tool import CustomToolFormatGrammar as CustomToolFormatGrammar
from openrouter_core.models.custom_tool import CustomToolFormatText as CustomToolFormatText
from openrouter_core.models.custom_tool_call_input_delta_event import (
    CustomToolCallInputDeltaEvent as CustomToolCallInputDeltaEvent,
)
from openrouter_core.models.custom_tool_call_input_done_event import (
    CustomToolCallInputDoneEvent as CustomToolCallInputDoneEvent,
)
from openrouter_core.models.custom_tool_call_item import CustomToolCallItem as CustomToolCallItem
from openrouter_core.models.custom_tool_call_output_item import (
    CustomToolCallOutputItem as CustomToolCallOutputItem,
)
from openrouter_core.models.custom_tool_call_output_item import (
    CustomToolCallOutputItemOutput as CustomToolCallOutputItemOutput,
)
from openrouter_core.models.custom_tool_call_output_item import (
    CustomToolCallOutputItemOutputItem as CustomToolCallOutputItemOutputItem,
)
from openrouter_core.models.custom_tool_call_output_item import (
    CustomToolCallOutputItemOutputItemVariant2 as CustomToolCallOutputItemOutputItemVariant2,
)
from openrouter_core.models.da_benchmark_entry import DABenchmarkEntry as DABenchmarkEntry
from openrouter_core.models.datetime_server_tool import DatetimeServerTool as DatetimeServerTool
from openrouter_core.models.datetime_server_tool_config import (
    DatetimeServerToolConfig as DatetimeServerToolConfig,
)
from openrouter_core.models.debug_event import DebugEvent as DebugEvent
from openrouter_core.models.debug_event import DebugEventDebug as DebugEventDebug
from openrouter_core.models.debug_event import DebugEventDebugTimings as DebugEventDebugTimings
from openrouter_core.models.decisions_box_answer import DecisionsBoxAnswer as DecisionsBoxAnswer
from openrouter_core.models.decisions_box_question import (
    DecisionsBoxQuestion as DecisionsBoxQuestion,
)
from openrouter_core.models.decisions_box_question import (
    DecisionsBoxQuestionInstructions as DecisionsBoxQuestionInstructions,
)
from openrouter_core.models.decisions_choice_answer import (
    DecisionsChoiceAnswer as DecisionsChoiceAnswer,
)
from openrouter_core.models.decisions_choice_question import (
    DecisionsChoiceQuestion as DecisionsChoiceQuestion,
)
from openrouter_core.models.decisions_choice_question import (
    DecisionsChoiceQuestionCriteriaValue as DecisionsChoiceQuestionCriteriaValue,
)
from openrouter_core.models.decisions_choice_question import (
    DecisionsChoiceQuestionInstructions as DecisionsChoiceQuestionInstructions,
)
from openrouter_core.models.decisions_noul_answer import DecisionsNoulAnswer as DecisionsNoulAnswer
from openrouter_core.models.decisions_noul_question import (
    DecisionsNoulQuestion as DecisionsNoulQuestion,
)
from openrouter_core.models.decisions_noul_question import (
    DecisionsNoulQuestionInstructions as DecisionsNoulQuestionInstructions,
)
from openrouter_core.models.decisions_noul_question_criteria import (
    DecisionsNoulQuestionCriteria as DecisionsNoulQuestionCriteria,
)
from openrouter_core.models.decisions_noul_question_criteria import (
    DecisionsNoulQuestionCriteriaFalse as DecisionsNoulQuestionCriteriaFalse,
)
from openrouter_core.models.decisions_noul_question_criteria import (
    DecisionsNoulQuestionCriteriaTrue as DecisionsNoulQuestionCriteriaTrue,
)
from openrouter_core.models.decisions_request import DecisionsRequest as DecisionsRequest
from openrouter_core.models.decisions_request import (
    DecisionsRequestQuestionsValue as DecisionsRequestQuestionsValue,
)
from openrouter_core.models.decisions_request import DecisionsRequestState as DecisionsRequestState
from openrouter_core.models.decisions_response import DecisionsResponse as DecisionsResponse
from openrouter_core.models.decisions_response import (
    DecisionsResponseAnswersValue as DecisionsResponseAnswersValue,
)
from openrouter_core.models.decisions_response_usage import (
    DecisionsResponseUsage as DecisionsResponseUsage,
)
from openrouter_core.models.decisions_score_answer import (
    DecisionsScoreAnswer as DecisionsScoreAnswer,
)
from openrouter_core.models.decisions_score_answer import (
    DecisionsScoreAnswerLegendValue as DecisionsScoreAnswerLegendValue,
)
from openrouter_core.models.decisions_score_question import (
    DecisionsScoreQuestion as DecisionsScoreQuestion,
)
from openrouter_core.models.decisions_score_question import (
    DecisionsScoreQuestionCriteria as DecisionsScoreQuestionCriteria,
)
from openrouter_core.models.decisions_score_question import (
    DecisionsScoreQuestionInstructions as DecisionsScoreQuestionInstructions,
)
from openrouter_core.models.default_parameters import DefaultParameters as DefaultParameters
from openrouter_core.models.delete_byok_key_response import (
    DeleteBYOKKeyResponse as DeleteBYOKKeyResponse,
)
from openrouter_core.models.delete_guardrail_response import (
    DeleteGuardrailResponse as DeleteGuardrailResponse,
)
from openrouter_core.models.delete_observability_destination_response import (
    DeleteObservabilityDestinationResponse as DeleteObservabilityDestinationResponse,
)
from openrouter_core.models.delete_private_endpoint_response import (
    DeletePrivateEndpointResponse as DeletePrivateEndpointResponse,
)
from openrouter_core.models.delete_private_endpoint_response_data import (
    DeletePrivateEndpointResponseData as DeletePrivateEndpointResponseData,
)
from openrouter_core.models.delete_scim_group_mapping_response import (
    DeleteScimGroupMappingResponse as DeleteScimGroupMappingResponse,
)
from openrouter_core.models.delete_workspace_budget_response import (
    DeleteWorkspaceBudgetResponse as DeleteWorkspaceBudgetResponse,
)
from openrouter_core.models.delete_workspace_response import (
    DeleteWorkspaceResponse as DeleteWorkspaceResponse,
)
from openrouter_core.models.deprecated_route import DeprecatedRoute as DeprecatedRoute
from openrouter_core.models.easy_input_message import EasyInputMessage as EasyInputMessage
from openrouter_core.models.easy_input_message import (
    EasyInputMessageContent as EasyInputMessageContent,
)
from openrouter_core.models.easy_input_message import (
    EasyInputMessageContentItem as EasyInputMessageContentItem,
)
from openrouter_core.models.easy_input_message import (
    EasyInputMessageContentItemVariant2 as EasyInputMessageContentItemVariant2,
)
from openrouter_core.models.edge_network_timeout_response import (
    EdgeNetworkTimeoutResponse as EdgeNetworkTimeoutResponse,
)
from openrouter_core.models.edge_network_timeout_response_error_data import (
    EdgeNetworkTimeoutResponseErrorData as EdgeNetworkTimeoutResponseErrorData,
)
from openrouter_core.models.embeddings_generate_body import (
    EmbeddingsGenerateBody as EmbeddingsGenerateBody,
)
from openrouter_core.models.embeddings_generate_body import (
    EmbeddingsGenerateBodyInput as EmbeddingsGenerateBodyInput,
)
from openrouter_core.models.embeddings_generate_body import (
    EmbeddingsGenerateBodyInputItem as EmbeddingsGenerateBodyInputItem,
)
from openrouter_core.models.embeddings_generate_body import (
    EmbeddingsGenerateBodyInputItemContent as EmbeddingsGenerateBodyInputItemContent,
)
from openrouter_core.models.embeddings_generate_body import (
    EmbeddingsGenerateBodyInputItemContentImageUrl as EmbeddingsGenerateBodyInputItemContentImageUrl,
)
from openrouter_core.models.embeddings_generate_body import (
    EmbeddingsGenerateBodyInputItemContentImageUrlImageUrl as EmbeddingsGenerateBodyInputItemContentImageUrlImageUrl,
)
from openrouter_core.models.embeddings_generate_body import (
    EmbeddingsGenerateBodyInputItemContentText as EmbeddingsGenerateBodyInputItemContentText,
)
from openrouter_core.models.embeddings_generate_response import (
    EmbeddingsGenerateResponse as EmbeddingsGenerateResponse,
)
from openrouter_core.models.embeddings_generate_response import (
    EmbeddingsGenerateResponseData as EmbeddingsGenerateResponseData,
)
from openrouter_core.models.embeddings_generate_response import (
    EmbeddingsGenerateResponseDataEmbedding as EmbeddingsGenerateResponseDataEmbedding,
)
from openrouter_core.models.embeddings_generate_response import (
    EmbeddingsGenerateResponseUsage as EmbeddingsGenerateResponseUsage,
)
from openrouter_core.models.embeddings_generate_response import (
    EmbeddingsGenerateResponseUsagePromptTokensDetails as EmbeddingsGenerateResponseUsagePromptTokensDetails,
)
from openrouter_core.models.endpoint_info import EndpointInfo as EndpointInfo
from openrouter_core.models.endpoint_status import EndpointStatus as EndpointStatus
from openrouter_core.models.endpoints_list_response import (
    EndpointsListResponse as EndpointsListResponse,
)
from openrouter_core.models.endpoints_list_zdr_endpoints_response import (
    EndpointsListZdrEndpointsResponse as EndpointsListZdrEndpointsResponse,
)
from openrouter_core.models.endpoints_metadata import EndpointsMetadata as EndpointsMetadata
from openrouter_core.models.enum_capability import EnumCapability as EnumCapability
from openrouter_core.models.error_event import ErrorEvent as ErrorEvent
from openrouter_core.models.external_user import ExternalUser as ExternalUser
from openrouter_core.models.external_user_response import (
    ExternalUserResponse as ExternalUserResponse,
)
from openrouter_core.models.failable_tool_call_status import (
    FailableToolCallStatus as FailableToolCallStatus,
)
from openrouter_core.models.failed_event import FailedEvent as FailedEvent
from openrouter_core.models.file_citation import FileCitation as FileCitation
from openrouter_core.models.file_delete_response import FileDeleteResponse as FileDeleteResponse
from openrouter_core.models.file_list_response import FileListResponse as FileListResponse
from openrouter_core.models.file_parser_plugin import FileParserPlugin as FileParserPlugin
from openrouter_core.models.file_path import FilePath as FilePath
from openrouter_core.models.file_provider import FileProvider as FileProvider
from openrouter_core.models.file_response import FileResponse as FileResponse
from openrouter_core.models.file_search_server_tool import (
    FileSearchServerTool as FileSearchServerTool,
)
from openrouter_core.models.file_search_server_tool import (
    FileSearchServerToolFilters as FileSearchServerToolFilters,
)
from openrouter_core.models.file_search_server_tool import (
    FileSearchServerToolFiltersVariant1 as FileSearchServerToolFiltersVariant1,
)
from openrouter_core.models.file_search_server_tool import (
    FileSearchServerToolFiltersVariant1Value as FileSearchServerToolFiltersVariant1Value,
)
from openrouter_core.models.file_search_server_tool import (
    FileSearchServerToolFiltersVariant1ValueItem as FileSearchServerToolFiltersVariant1ValueItem,
)
from openrouter_core.models.file_search_server_tool import (
    FileSearchServerToolRankingOptions as FileSearchServerToolRankingOptions,
)
from openrouter_core.models.files_server_tool import FilesServerTool as FilesServerTool
from openrouter_core.models.files_server_tool_config import (
    FilesServerToolConfig as FilesServerToolConfig,
)
from openrouter_core.models.forbidden_response import ForbiddenResponse as ForbiddenResponse
from openrouter_core.models.forbidden_response_error_data import (
    ForbiddenResponseErrorData as ForbiddenResponseErrorData,
)
from openrouter_core.models.format_json_object_config import (
    FormatJsonObjectConfig as FormatJsonObjectConfig,
)
from openrouter_core.models.format_json_schema_config import (
    FormatJsonSchemaConfig as FormatJsonSchemaConfig,
)
from openrouter_core.models.format_text_config import FormatTextConfig as FormatTextConfig
from openrouter_core.models.formats import Formats as Formats
from openrouter_core.models.frame_image import FrameImage as FrameImage
from openrouter_core.models.function_call_args_delta_event import (
    FunctionCallArgsDeltaEvent as FunctionCallArgsDeltaEvent,
)
from openrouter_core.models.function_call_args_done_event import (
    FunctionCallArgsDoneEvent as FunctionCallArgsDoneEvent,
)
from openrouter_core.models.function_call_item import FunctionCallItem as FunctionCallItem
from openrouter_core.models.function_call_output_item import (
    FunctionCallOutputItem as FunctionCallOutputItem,
)
from openrouter_core.models.function_call_output_item import (
    FunctionCallOutputItemOutput as FunctionCallOutputItemOutput,
)
from openrouter_core.models.function_call_output_item import (
    FunctionCallOutputItemOutputItem as FunctionCallOutputItemOutputItem,
)
from openrouter_core.models.function_call_output_item import (
    FunctionCallOutputItemOutputItemVariant2 as FunctionCallOutputItemOutputItemVariant2,
)
from openrouter_core.models.function_tool import FunctionTool as FunctionTool
from openrouter_core.models.fusion_analysis_result import (
    FusionAnalysisResult as FusionAnalysisResult,
)
from openrouter_core.models.fusion_analysis_result import (
    FusionAnalysisResultContradictions as FusionAnalysisResultContradictions,
)
from openrouter_core.models.fusion_analysis_result import (
    FusionAnalysisResultContradictionsStances as FusionAnalysisResultContradictionsStances,
)
from openrouter_core.models.fusion_analysis_result import (
    FusionAnalysisResultPartialCoverage as FusionAnalysisResultPartialCoverage,
)
from openrouter_core.models.fusion_analysis_result import (
    FusionAnalysisResultUniqueInsights as FusionAnalysisResultUniqueInsights,
)
from openrouter_core.models.fusion_call_analysis_completed_event import (
    FusionCallAnalysisCompletedEvent as FusionCallAnalysisCompletedEvent,
)
from openrouter_core.models.fusion_call_analysis_in_progress_event import (
    FusionCallAnalysisInProgressEvent as FusionCallAnalysisInProgressEvent,
)
from openrouter_core.models.fusion_call_completed_event import (
    FusionCallCompletedEvent as FusionCallCompletedEvent,
)
from openrouter_core.models.fusion_call_in_progress_event import (
    FusionCallInProgressEvent as FusionCallInProgressEvent,
)
from openrouter_core.models.fusion_call_panel_added_event import (
    FusionCallPanelAddedEvent as FusionCallPanelAddedEvent,
)
from openrouter_core.models.fusion_call_panel_completed_event import (
    FusionCallPanelCompletedEvent as FusionCallPanelCompletedEvent,
)
from openrouter_core.models.fusion_call_panel_delta_event import (
    FusionCallPanelDeltaEvent as FusionCallPanelDeltaEvent,
)
from openrouter_core.models.fusion_call_panel_failed_event import (
    FusionCallPanelFailedEvent as FusionCallPanelFailedEvent,
)
from openrouter_core.models.fusion_call_panel_reasoning_delta_event import (
    FusionCallPanelReasoningDeltaEvent as FusionCallPanelReasoningDeltaEvent,
)
from openrouter_core.models.fusion_plugin import FusionPlugin as FusionPlugin
from openrouter_core.models.fusion_plugin import FusionPluginTools as FusionPluginTools
from openrouter_core.models.fusion_plugin import (
    FusionPluginToolsParametersValue as FusionPluginToolsParametersValue,
)
from openrouter_core.models.fusion_plugin import (
    FusionPluginToolsParametersValueItem as FusionPluginToolsParametersValueItem,
)
from openrouter_core.models.fusion_plugin import (
    FusionPluginToolsParametersValueVariant5Value as FusionPluginToolsParametersValueVariant5Value,
)
from openrouter_core.models.fusion_server_tool_config import (
    FusionServerToolConfig as FusionServerToolConfig,
)
from openrouter_core.models.fusion_server_tool_config import (
    FusionServerToolConfigReasoning as FusionServerToolConfigReasoning,
)
from openrouter_core.models.fusion_server_tool_config import (
    FusionServerToolConfigTools as FusionServerToolConfigTools,
)
from openrouter_core.models.fusion_server_tool_openrouter import (
    FusionServerToolOpenRouter as FusionServerToolOpenRouter,
)
from openrouter_core.models.fusion_source import FusionSource as FusionSource
from openrouter_core.models.generation_content_data import (
    GenerationContentData as GenerationContentData,
)
from openrouter_core.models.generation_content_data import (
    GenerationContentDataInput as GenerationContentDataInput,
)
from openrouter_core.models.generation_content_data import (
    GenerationContentDataInputVariant1 as GenerationContentDataInputVariant1,
)
from openrouter_core.models.generation_content_data import (
    GenerationContentDataInputVariant2 as GenerationContentDataInputVariant2,
)
from openrouter_core.models.generation_content_data import (
    GenerationContentDataOutput as GenerationContentDataOutput,
)
from openrouter_core.models.generation_content_error import (
    GenerationContentError as GenerationContentError,
)
from openrouter_core.models.generation_content_error_attempt import (
    GenerationContentErrorAttempt as GenerationContentErrorAttempt,
)
from openrouter_core.models.generation_content_response import (
    GenerationContentResponse as GenerationContentResponse,
)
from openrouter_core.models.generation_response import GenerationResponse as GenerationResponse
from openrouter_core.models.generation_response import (
    GenerationResponseData as GenerationResponseData,
)
from openrouter_core.models.get_byok_key_response import GetBYOKKeyResponse as GetBYOKKeyResponse
from openrouter_core.models.get_guardrail_response import (
    GetGuardrailResponse as GetGuardrailResponse,
)
from openrouter_core.models.get_observability_destination_response import (
    GetObservabilityDestinationResponse as GetObservabilityDestinationResponse,
)
from openrouter_core.models.get_organization_settings_response import (
    GetOrganizationSettingsResponse as GetOrganizationSettingsResponse,
)
from openrouter_core.models.get_preset_response import GetPresetResponse as GetPresetResponse
from openrouter_core.models.get_preset_version_response import (
    GetPresetVersionResponse as GetPresetVersionResponse,
)
from openrouter_core.models.get_scim_group_mapping_response import (
    GetScimGroupMappingResponse as GetScimGroupMappingResponse,
)
from openrouter_core.models.get_scim_sync_job_response import (
    GetScimSyncJobResponse as GetScimSyncJobResponse,
)
from openrouter_core.models.get_tool_response import GetToolResponse as GetToolResponse
from openrouter_core.models.get_workspace_budget_response import (
    GetWorkspaceBudgetResponse as GetWorkspaceBudgetResponse,
)
from openrouter_core.models.get_workspace_response import (
    GetWorkspaceResponse as GetWorkspaceResponse,
)
from openrouter_core.models.gone_response import GoneResponse as GoneResponse
from openrouter_core.models.gone_response_error_data import (
    GoneResponseErrorData as GoneResponseErrorData,
)
from openrouter_core.models.guardrail import Guardrail as Guardrail
from openrouter_core.models.guardrail_interval import GuardrailInterval as GuardrailInterval
from openrouter_core.models.image import Image as Image
from openrouter_core.models.image_config import ImageConfig as ImageConfig
from openrouter_core.models.image_config import ImageConfigValue as ImageConfigValue
from openrouter_core.models.image_endpoint import ImageEndpoint as ImageEndpoint
from openrouter_core.models.image_gen_call_completed_event import (
    ImageGenCallCompletedEvent as ImageGenCallCompletedEvent,
)
from openrouter_core.models.image_gen_call_generating_event import (
    ImageGenCallGeneratingEvent as ImageGenCallGeneratingEvent,
)
from openrouter_core.models.image_gen_call_in_progress_event import (
    ImageGenCallInProgressEvent as ImageGenCallInProgressEvent,
)
from openrouter_core.models.image_gen_call_partial_image_event import (
    ImageGenCallPartialImageEvent as ImageGenCallPartialImageEvent,
)
from openrouter_core.models.image_gen_completed_event import (
    ImageGenCompletedEvent as ImageGenCompletedEvent,
)
from openrouter_core.models.image_gen_partial_image_event import (
    ImageGenPartialImageEvent as ImageGenPartialImageEvent,
)
from openrouter_core.models.image_gen_stream_error_event import (
    ImageGenStreamErrorEvent as ImageGenStreamErrorEvent,
)
from openrouter_core.models.image_gen_stream_error_event import (
    ImageGenStreamErrorEventError as ImageGenStreamErrorEventError,
)
from openrouter_core.models.image_gen_text_chunk_event import (
    ImageGenTextChunkEvent as ImageGenTextChunkEvent,
)
from openrouter_core.models.image_generation_provider_preferences import (
    ImageGenerationProviderPreferences as ImageGenerationProviderPreferences,
)
from openrouter_core.models.image_generation_provider_preferences import (
    ImageGenerationProviderPreferencesSort as ImageGenerationProviderPreferencesSort,
)
from openrouter_core.models.image_generation_request import (
    ImageGenerationRequest as ImageGenerationRequest,
)
from openrouter_core.models.image_generation_response import (
    ImageGenerationResponse as ImageGenerationResponse,
)
from openrouter_core.models.image_generation_response import (
    ImageGenerationResponseData as ImageGenerationResponseData,
)
from openrouter_core.models.image_generation_server_tool import (
    ImageGenerationServerTool as ImageGenerationServerTool,
)
from openrouter_core.models.image_generation_server_tool import (
    ImageGenerationServerToolInputImageMask as ImageGenerationServerToolInputImageMask,
)
from openrouter_core.models.image_generation_server_tool_config import (
    ImageGenerationServerToolConfig as ImageGenerationServerToolConfig,
)
from openrouter_core.models.image_generation_server_tool_openrouter import (
    ImageGenerationServerToolOpenRouter as ImageGenerationServerToolOpenRouter,
)
from openrouter_core.models.image_generation_status import (
    ImageGenerationStatus as ImageGenerationStatus,
)
from openrouter_core.models.image_generation_usage import (
    ImageGenerationUsage as ImageGenerationUsage,
)
from openrouter_core.models.image_generation_usage import (
    ImageGenerationUsageCompletionTokensDetails as ImageGenerationUsageCompletionTokensDetails,
)
from openrouter_core.models.image_generation_usage import (
    ImageGenerationUsagePromptTokensDetails as ImageGenerationUsagePromptTokensDetails,
)
from openrouter_core.models.image_generation_usage import (
    ImageGenerationUsageServerToolUse as ImageGenerationUsageServerToolUse,
)
from openrouter_core.models.image_input_modality import ImageInputModality as ImageInputModality
from openrouter_core.models.image_model_architecture import (
    ImageModelArchitecture as ImageModelArchitecture,
)
from openrouter_core.models.image_model_endpoints_response import (
    ImageModelEndpointsResponse as ImageModelEndpointsResponse,
)
from openrouter_core.models.image_model_list_item import ImageModelListItem as ImageModelListItem
from openrouter_core.models.image_models_list_response import (
    ImageModelsListResponse as ImageModelsListResponse,
)
from openrouter_core.models.image_output_modality import ImageOutputModality as ImageOutputModality
from openrouter_core.models.image_pricing_entry import ImagePricingEntry as ImagePricingEntry
from openrouter_core.models.image_streaming_response import (
    ImageStreamingResponse as ImageStreamingResponse,
)
from openrouter_core.models.image_streaming_response import (
    ImageStreamingResponseData as ImageStreamingResponseData,
)
from openrouter_core.models.in_progress_event import InProgressEvent as InProgressEvent
from openrouter_core.models.incomplete_details import IncompleteDetails as IncompleteDetails
from openrouter_core.models.incomplete_event import IncompleteEvent as IncompleteEvent
from openrouter_core.models.input_audio import InputAudio as InputAudio
from openrouter_core.models.input_audio import InputAudioInputAudio as InputAudioInputAudio
from openrouter_core.models.input_file import InputFile as InputFile
from openrouter_core.models.input_image import InputImage as InputImage
from openrouter_core.models.input_message_item import InputMessageItem as InputMessageItem
from openrouter_core.models.input_message_item import (
    InputMessageItemContent as InputMessageItemContent,
)
from openrouter_core.models.input_message_item import (
    InputMessageItemContentVariant2 as InputMessageItemContentVariant2,
)
from openrouter_core.models.input_modality import InputModality as InputModality
from openrouter_core.models.input_reference import InputReference as InputReference
from openrouter_core.models.input_text import InputText as InputText
from openrouter_core.models.input_video import InputVideo as InputVideo
from openrouter_core.models.inputs import Inputs as Inputs
from openrouter_core.models.inputs import InputsItem as InputsItem
from openrouter_core.models.inputs import InputsItemVariant8 as InputsItemVariant8
from openrouter_core.models.inputs import InputsItemVariant8Content as InputsItemVariant8Content
from openrouter_core.models.inputs import (
    InputsItemVariant8ContentItem as InputsItemVariant8ContentItem,
)
from openrouter_core.models.inputs import InputsItemVariant9 as InputsItemVariant9
from openrouter_core.models.instruct_type import InstructType as InstructType
from openrouter_core.models.internal_server_error_union import (
    InternalServerErrorUnion as InternalServerErrorUnion,
)
from openrouter_core.models.internal_server_response import (
    InternalServerResponse as InternalServerResponse,
)
from openrouter_core.models.internal_server_response_error_data import (
    InternalServerResponseErrorData as InternalServerResponseErrorData,
)
from openrouter_core.models.item_reference_item import ItemReferenceItem as ItemReferenceItem
from openrouter_core.models.key import Key as Key
from openrouter_core.models.key_assignment import KeyAssignment as KeyAssignment
from openrouter_core.models.legacy_chat_content_video import (
    LegacyChatContentVideo as LegacyChatContentVideo,
)
from openrouter_core.models.legacy_chat_content_video_input import (
    LegacyChatContentVideoInput as LegacyChatContentVideoInput,
)
from openrouter_core.models.legacy_web_search_server_tool import (
    LegacyWebSearchServerTool as LegacyWebSearchServerTool,
)
from openrouter_core.models.list_byok_keys_response import (
    ListBYOKKeysResponse as ListBYOKKeysResponse,
)
from openrouter_core.models.list_endpoints_response import (
    ListEndpointsResponse as ListEndpointsResponse,
)
from openrouter_core.models.list_endpoints_response import (
    ListEndpointsResponseArchitecture as ListEndpointsResponseArchitecture,
)
from openrouter_core.models.list_external_users_response import (
    ListExternalUsersResponse as ListExternalUsersResponse,
)
from openrouter_core.models.list_guardrails_response import (
    ListGuardrailsResponse as ListGuardrailsResponse,
)
from openrouter_core.models.list_intern_connections_data import (
    ListInternConnectionsData as ListInternConnectionsData,
)
from openrouter_core.models.list_intern_connections_response import (
    ListInternConnectionsResponse as ListInternConnectionsResponse,
)
from openrouter_core.models.list_key_assignments_response import (
    ListKeyAssignmentsResponse as ListKeyAssignmentsResponse,
)
from openrouter_core.models.list_member_assignments_response import (
    ListMemberAssignmentsResponse as ListMemberAssignmentsResponse,
)
from openrouter_core.models.list_observability_destinations_response import (
    ListObservabilityDestinationsResponse as ListObservabilityDestinationsResponse,
)
from openrouter_core.models.list_preset_versions_response import (
    ListPresetVersionsResponse as ListPresetVersionsResponse,
)
from openrouter_core.models.list_presets_response import ListPresetsResponse as ListPresetsResponse
from openrouter_core.models.list_private_endpoints_response import (
    ListPrivateEndpointsResponse as ListPrivateEndpointsResponse,
)
from openrouter_core.models.list_scim_group_mappings_response import (
    ListScimGroupMappingsResponse as ListScimGroupMappingsResponse,
)
from openrouter_core.models.list_scim_groups_response import (
    ListScimGroupsResponse as ListScimGroupsResponse,
)
from openrouter_core.models.list_tools_response import ListToolsResponse as ListToolsResponse
from openrouter_core.models.list_tools_response_links import (
    ListToolsResponseLinks as ListToolsResponseLinks,
)
from openrouter_core.models.list_workspace_budgets_response import (
    ListWorkspaceBudgetsResponse as ListWorkspaceBudgetsResponse,
)
from openrouter_core.models.list_workspace_members_response import (
    ListWorkspaceMembersResponse as ListWorkspaceMembersResponse,
)
from openrouter_core.models.list_workspaces_response import (
    ListWorkspacesResponse as ListWorkspacesResponse,
)
from openrouter_core.models.local_shell_call_item import LocalShellCallItem as LocalShellCallItem
from openrouter_core.models.local_shell_call_item import (
    LocalShellCallItemAction as LocalShellCallItemAction,
)
from openrouter_core.models.local_shell_call_output_item import (
    LocalShellCallOutputItem as LocalShellCallOutputItem,
)
from openrouter_core.models.logprobs import Logprobs as Logprobs
from openrouter_core.models.logprobs_content import LogprobsContent as LogprobsContent
from openrouter_core.models.managed_private_endpoint import (
    ManagedPrivateEndpoint as ManagedPrivateEndpoint,
)
from openrouter_core.models.managed_private_endpoint_response import (
    ManagedPrivateEndpointResponse as ManagedPrivateEndpointResponse,
)
from openrouter_core.models.mcp_approval_request_item import (
    McpApprovalRequestItem as McpApprovalRequestItem,
)
from openrouter_core.models.mcp_approval_response_item import (
    McpApprovalResponseItem as McpApprovalResponseItem,
)
from openrouter_core.models.mcp_call_item import McpCallItem as McpCallItem
from openrouter_core.models.mcp_list_tools_item import McpListToolsItem as McpListToolsItem
from openrouter_core.models.mcp_list_tools_item import (
    McpListToolsItemTools as McpListToolsItemTools,
)
from openrouter_core.models.mcp_server_tool import McpServerTool as McpServerTool
from openrouter_core.models.mcp_server_tool import (
    McpServerToolAllowedTools as McpServerToolAllowedTools,
)
from openrouter_core.models.mcp_server_tool import (
    McpServerToolAllowedToolsVariant2 as McpServerToolAllowedToolsVariant2,
)
from openrouter_core.models.mcp_server_tool import (
    McpServerToolRequireApproval as McpServerToolRequireApproval,
)
from openrouter_core.models.mcp_server_tool import (
    McpServerToolRequireApprovalVariant1 as McpServerToolRequireApprovalVariant1,
)
from openrouter_core.models.mcp_server_tool import (
    McpServerToolRequireApprovalVariant1Always as McpServerToolRequireApprovalVariant1Always,
)
from openrouter_core.models.mcp_server_tool import (
    McpServerToolRequireApprovalVariant1Never as McpServerToolRequireApprovalVariant1Never,
)
from openrouter_core.models.member_assignment import MemberAssignment as MemberAssignment
from openrouter_core.models.message import Message as Message
from openrouter_core.models.message import MessageAnnotations as MessageAnnotations
from openrouter_core.models.message import MessageReasoningDetails as MessageReasoningDetails
from openrouter_core.models.messages_advisor_tool_result_block import (
    MessagesAdvisorToolResultBlock as MessagesAdvisorToolResultBlock,
)
from openrouter_core.models.messages_bash_tool_result_block import (
    MessagesBashToolResultBlock as MessagesBashToolResultBlock,
)
from openrouter_core.models.messages_content_block_delta_event import (
    MessagesContentBlockDeltaEvent as MessagesContentBlockDeltaEvent,
)
from openrouter_core.models.messages_content_block_delta_event import (
    MessagesContentBlockDeltaEventDelta as MessagesContentBlockDeltaEventDelta,
)
from openrouter_core.models.messages_content_block_delta_event import (
    MessagesContentBlockDeltaEventDeltaCitationsDelta as MessagesContentBlockDeltaEventDeltaCitationsDelta,
)
from openrouter_core.models.messages_content_block_delta_event import (
    MessagesContentBlockDeltaEventDeltaCitationsDeltaCitation as MessagesContentBlockDeltaEventDeltaCitationsDeltaCitation,
)
from openrouter_core.models.messages_content_block_delta_event import (
    MessagesContentBlockDeltaEventDeltaCompactionDelta as MessagesContentBlockDeltaEventDeltaCompactionDelta,
)
from openrouter_core.models.messages_content_block_delta_event import (
    MessagesContentBlockDeltaEventDeltaInputJsonDelta as MessagesContentBlockDeltaEventDeltaInputJsonDelta,
)
from openrouter_core.models.messages_content_block_delta_event import (
    MessagesContentBlockDeltaEventDeltaSignatureDelta as MessagesContentBlockDeltaEventDeltaSignatureDelta,
)
from openrouter_core.models.messages_content_block_delta_event import (
    MessagesContentBlockDeltaEventDeltaTextDelta as MessagesContentBlockDeltaEventDeltaTextDelta,
)
from openrouter_core.models.messages_content_block_delta_event import (
    MessagesContentBlockDeltaEventDeltaThinkingDelta as MessagesContentBlockDeltaEventDeltaThinkingDelta,
)
from openrouter_core.models.messages_content_block_start_event import (
    MessagesContentBlockStartEvent as MessagesContentBlockStartEvent,
)
from openrouter_core.models.messages_content_block_start_event import (
    MessagesContentBlockStartEventContentBlock as MessagesContentBlockStartEventContentBlock,
)
from openrouter_core.models.messages_content_block_start_event import (
    MessagesContentBlockStartEventContentBlockCompaction as MessagesContentBlockStartEventContentBlockCompaction,
)
from openrouter_core.models.messages_content_block_stop_event import (
    MessagesContentBlockStopEvent as MessagesContentBlockStopEvent,
)
from openrouter_core.models.messages_delta_event import MessagesDeltaEvent as MessagesDeltaEvent
from openrouter_core.models.messages_delta_event import (
    MessagesDeltaEventDelta as MessagesDeltaEventDelta,
)
from openrouter_core.models.messages_delta_event import (
    MessagesDeltaEventUsage as MessagesDeltaEventUsage,
)
from openrouter_core.models.messages_delta_event import (
    MessagesDeltaEventUsageServerToolUse as MessagesDeltaEventUsageServerToolUse,
)
from openrouter_core.models.messages_error_event import MessagesErrorEvent as MessagesErrorEvent
from openrouter_core.models.messages_error_event import (
    MessagesErrorEventError as MessagesErrorEventError,
)
from openrouter_core.models.messages_fallback_param import (
    MessagesFallbackParam as MessagesFallbackParam,
)
from openrouter_core.models.messages_message_param import (
    MessagesMessageParam as MessagesMessageParam,
)
from openrouter_core.models.messages_message_param import (
    MessagesMessageParamContent as MessagesMessageParamContent,
)
from openrouter_core.models.messages_message_param import (
    MessagesMessageParamContentItem as MessagesMessageParamContentItem,
)
from openrouter_core.models.messages_message_param import (
    MessagesMessageParamContentItemCompaction as MessagesMessageParamContentItemCompaction,
)
from openrouter_core.models.messages_message_param import (
    MessagesMessageParamContentItemRedactedThinking as MessagesMessageParamContentItemRedactedThinking,
)
from openrouter_core.models.messages_message_param import (
    MessagesMessageParamContentItemServerToolUse as MessagesMessageParamContentItemServerToolUse,
)
from openrouter_core.models.messages_message_param import (
    MessagesMessageParamContentItemThinking as MessagesMessageParamContentItemThinking,
)
from openrouter_core.models.messages_message_param import (
    MessagesMessageParamContentItemToolResult as MessagesMessageParamContentItemToolResult,
)
from openrouter_core.models.messages_message_param import (
    MessagesMessageParamContentItemToolResultContent as MessagesMessageParamContentItemToolResultContent,
)
from openrouter_core.models.messages_message_param import (
    MessagesMessageParamContentItemToolResultContentItem as MessagesMessageParamContentItemToolResultContentItem,
)
from openrouter_core.models.messages_message_param import (
    MessagesMessageParamContentItemToolResultContentItemToolReference as MessagesMessageParamContentItemToolResultContentItemToolReference,
)
from openrouter_core.models.messages_message_param import (
    MessagesMessageParamContentItemToolUse as MessagesMessageParamContentItemToolUse,
)
from openrouter_core.models.messages_message_param import (
    MessagesMessageParamContentItemWebSearchToolResult as MessagesMessageParamContentItemWebSearchToolResult,
)
from openrouter_core.models.messages_message_param import (
    MessagesMessageParamContentItemWebSearchToolResultContent as MessagesMessageParamContentItemWebSearchToolResultContent,
)
from openrouter_core.models.messages_message_param import (
    MessagesMessageParamContentItemWebSearchToolResultContentWebSearchToolResultError as MessagesMessageParamContentItemWebSearchToolResultContentWebSearchToolResultError,
)
from openrouter_core.models.messages_output_config import (
    MessagesOutputConfig as MessagesOutputConfig,
)
from openrouter_core.models.messages_output_config import (
    MessagesOutputConfigFormat as MessagesOutputConfigFormat,
)
from openrouter_core.models.messages_output_config import (
    MessagesOutputConfigTaskBudget as MessagesOutputConfigTaskBudget,
)
from openrouter_core.models.messages_ping_event import MessagesPingEvent as MessagesPingEvent
from openrouter_core.models.messages_request import MessagesRequest as MessagesRequest
from openrouter_core.models.messages_request import (
    MessagesRequestContextManagement as MessagesRequestContextManagement,
)
from openrouter_core.models.messages_request import (
    MessagesRequestContextManagementEdits as MessagesRequestContextManagementEdits,
)
from openrouter_core.models.messages_request import (
    MessagesRequestContextManagementEditsClearThinking20251015 as MessagesRequestContextManagementEditsClearThinking20251015,
)
from openrouter_core.models.messages_request import (
    MessagesRequestContextManagementEditsClearThinking20251015Keep as MessagesRequestContextManagementEditsClearThinking20251015Keep,
)
from openrouter_core.models.messages_request import (
    MessagesRequestContextManagementEditsClearThinking20251015KeepAll as MessagesRequestContextManagementEditsClearThinking20251015KeepAll,
)
from openrouter_core.models.messages_request import (
    MessagesRequestContextManagementEditsClearToolUses20250919 as MessagesRequestContextManagementEditsClearToolUses20250919,
)
from openrouter_core.models.messages_request import (
    MessagesRequestContextManagementEditsClearToolUses20250919ClearToolInputs as MessagesRequestContextManagementEditsClearToolUses20250919ClearToolInputs,
)
from openrouter_core.models.messages_request import (
    MessagesRequestContextManagementEditsClearToolUses20250919Trigger as MessagesRequestContextManagementEditsClearToolUses20250919Trigger,
)
from openrouter_core.models.messages_request import (
    MessagesRequestContextManagementEditsCompact20260112 as MessagesRequestContextManagementEditsCompact20260112,
)
from openrouter_core.models.messages_request import (
    MessagesRequestContextManagementEditsCompact20260112Trigger as MessagesRequestContextManagementEditsCompact20260112Trigger,
)
from openrouter_core.models.messages_request import (
    MessagesRequestMetadata as MessagesRequestMetadata,
)
from openrouter_core.models.messages_request import MessagesRequestPlugins as MessagesRequestPlugins
from openrouter_core.models.messages_request import MessagesRequestSystem as MessagesRequestSystem
from openrouter_core.models.messages_request import (
    MessagesRequestThinking as MessagesRequestThinking,
)
from openrouter_core.models.messages_request import (
    MessagesRequestThinkingAdaptive as MessagesRequestThinkingAdaptive,
)
from openrouter_core.models.messages_request import (
    MessagesRequestThinkingDisabled as MessagesRequestThinkingDisabled,
)
from openrouter_core.models.messages_request import (
    MessagesRequestThinkingEnabled as MessagesRequestThinkingEnabled,
)
from openrouter_core.models.messages_request import (
    MessagesRequestToolChoice as MessagesRequestToolChoice,
)
from openrouter_core.models.messages_request import (
    MessagesRequestToolChoiceAny as MessagesRequestToolChoiceAny,
)
from openrouter_core.models.messages_request import (
    MessagesRequestToolChoiceAuto as MessagesRequestToolChoiceAuto,
)
from openrouter_core.models.messages_request import (
    MessagesRequestToolChoiceNone as MessagesRequestToolChoiceNone,
)
from openrouter_core.models.messages_request import (
    MessagesRequestToolChoiceTool as MessagesRequestToolChoiceTool,
)
from openrouter_core.models.messages_request import MessagesRequestTools as MessagesRequestTools
from openrouter_core.models.messages_request import (
    MessagesRequestToolsAdvisor20260301 as MessagesRequestToolsAdvisor20260301,
)
from openrouter_core.models.messages_request import (
    MessagesRequestToolsBash20250124 as MessagesRequestToolsBash20250124,
)
from openrouter_core.models.messages_request import (
    MessagesRequestToolsCustom as MessagesRequestToolsCustom,
)
from openrouter_core.models.messages_request import (
    MessagesRequestToolsCustomInputSchema as MessagesRequestToolsCustomInputSchema,
)
from openrouter_core.models.messages_request import (
    MessagesRequestToolsTextEditor20250124 as MessagesRequestToolsTextEditor20250124,
)
from openrouter_core.models.messages_request import (
    MessagesRequestToolsVariant13 as MessagesRequestToolsVariant13,
)
from openrouter_core.models.messages_request import (
    MessagesRequestToolsWebSearch20250305 as MessagesRequestToolsWebSearch20250305,
)
from openrouter_core.models.messages_request import (
    MessagesRequestToolsWebSearch20260209 as MessagesRequestToolsWebSearch20260209,
)
from openrouter_core.models.messages_result import MessagesResult as MessagesResult
from openrouter_core.models.messages_result import (
    MessagesResultContextManagement as MessagesResultContextManagement,
)
from openrouter_core.models.messages_result import (
    MessagesResultContextManagementAppliedEdits as MessagesResultContextManagementAppliedEdits,
)
from openrouter_core.models.messages_result import MessagesResultUsage as MessagesResultUsage
from openrouter_core.models.messages_search_models_server_tool import (
    MessagesSearchModelsServerTool as MessagesSearchModelsServerTool,
)
from openrouter_core.models.messages_shell_tool_result_block import (
    MessagesShellToolResultBlock as MessagesShellToolResultBlock,
)
from openrouter_core.models.messages_start_event import MessagesStartEvent as MessagesStartEvent
from openrouter_core.models.messages_start_event import (
    MessagesStartEventMessage as MessagesStartEventMessage,
)
from openrouter_core.models.messages_start_event import (
    MessagesStartEventMessageUsage as MessagesStartEventMessageUsage,
)
from openrouter_core.models.messages_stop_event import MessagesStopEvent as MessagesStopEvent
from openrouter_core.models.messages_stream_events import (
    MessagesStreamEvents as MessagesStreamEvents,
)
from openrouter_core.models.messages_streaming_response import (
    MessagesStreamingResponse as MessagesStreamingResponse,
)
from openrouter_core.models.messages_tool_addition_block import (
    MessagesToolAdditionBlock as MessagesToolAdditionBlock,
)
from openrouter_core.models.messages_tool_addition_block import (
    MessagesToolAdditionBlockTool as MessagesToolAdditionBlockTool,
)
from openrouter_core.models.messages_tool_addition_block import (
    MessagesToolAdditionBlockToolMcpToolReference as MessagesToolAdditionBlockToolMcpToolReference,
)
from openrouter_core.models.messages_tool_addition_block import (
    MessagesToolAdditionBlockToolMcpToolsetReference as MessagesToolAdditionBlockToolMcpToolsetReference,
)
from openrouter_core.models.messages_tool_addition_block import (
    MessagesToolAdditionBlockToolToolReference as MessagesToolAdditionBlockToolToolReference,
)
from openrouter_core.models.messages_tool_removal_block import (
    MessagesToolRemovalBlock as MessagesToolRemovalBlock,
)
from openrouter_core.models.messages_tool_removal_block import (
    MessagesToolRemovalBlockTool as MessagesToolRemovalBlockTool,
)
from openrouter_core.models.messages_tool_removal_block import (
    MessagesToolRemovalBlockToolMcpToolReference as MessagesToolRemovalBlockToolMcpToolReference,
)
from openrouter_core.models.messages_tool_removal_block import (
    MessagesToolRemovalBlockToolMcpToolsetReference as MessagesToolRemovalBlockToolMcpToolsetReference,
)
from openrouter_core.models.messages_tool_removal_block import (
    MessagesToolRemovalBlockToolToolReference as MessagesToolRemovalBlockToolToolReference,
)
from openrouter_core.models.metadata_level import MetadataLevel as MetadataLevel
from openrouter_core.models.model import Model as Model
from openrouter_core.models.model_alias_target import ModelAliasTarget as ModelAliasTarget
from openrouter_core.models.model_architecture import ModelArchitecture as ModelArchitecture
from openrouter_core.models.model_benchmarks import ModelBenchmarks as ModelBenchmarks
from openrouter_core.models.model_group import ModelGroup as ModelGroup
from openrouter_core.models.model_links import ModelLinks as ModelLinks
from openrouter_core.models.model_name import ModelName as ModelName
from openrouter_core.models.model_reasoning import ModelReasoning as ModelReasoning
from openrouter_core.models.model_response import ModelResponse as ModelResponse
from openrouter_core.models.models_count_response import ModelsCountResponse as ModelsCountResponse
from openrouter_core.models.models_count_response import (
    ModelsCountResponseData as ModelsCountResponseData,
)
from openrouter_core.models.models_list_response import ModelsListResponse as ModelsListResponse
from openrouter_core.models.models_list_response import (
    ModelsListResponseLinks as ModelsListResponseLinks,
)
from openrouter_core.models.models_list_response_data import (
    ModelsListResponseData as ModelsListResponseData,
)
from openrouter_core.models.moderation_plugin import ModerationPlugin as ModerationPlugin
from openrouter_core.models.multimodal_media import MultimodalMedia as MultimodalMedia
from openrouter_core.models.namespace_function_tool import (
    NamespaceFunctionTool as NamespaceFunctionTool,
)
from openrouter_core.models.namespace_tool import NamespaceTool as NamespaceTool
from openrouter_core.models.namespace_tool import NamespaceToolTools as NamespaceToolTools
from openrouter_core.models.native_support import NativeSupport as NativeSupport
from openrouter_core.models.not_found_response import NotFoundResponse as NotFoundResponse
from openrouter_core.models.not_found_response_error_data import (
    NotFoundResponseErrorData as NotFoundResponseErrorData,
)
from openrouter_core.models.not_found_union import NotFoundUnion as NotFoundUnion
from openrouter_core.models.o_auth_error_response import OAuthErrorResponse as OAuthErrorResponse
from openrouter_core.models.o_auth_jwks import OAuthJwks as OAuthJwks
from openrouter_core.models.oauth_create_auth_code_body import (
    OauthCreateAuthCodeBody as OauthCreateAuthCodeBody,
)
from openrouter_core.models.oauth_create_auth_code_response import (
    OauthCreateAuthCodeResponse as OauthCreateAuthCodeResponse,
)
from openrouter_core.models.oauth_create_auth_code_response import (
    OauthCreateAuthCodeResponseData as OauthCreateAuthCodeResponseData,
)
from openrouter_core.models.oauth_exchange_auth_code_for_api_key_body import (
    OauthExchangeAuthCodeForApiKeyBody as OauthExchangeAuthCodeForApiKeyBody,
)
from openrouter_core.models.oauth_exchange_auth_code_for_api_key_response import (
    OauthExchangeAuthCodeForApiKeyResponse as OauthExchangeAuthCodeForApiKeyResponse,
)
from openrouter_core.models.observability_arize_destination import (
    ObservabilityArizeDestination as ObservabilityArizeDestination,
)
from openrouter_core.models.observability_arize_destination import (
    ObservabilityArizeDestinationConfig as ObservabilityArizeDestinationConfig,
)
from openrouter_core.models.observability_braintrust_destination import (
    ObservabilityBraintrustDestination as ObservabilityBraintrustDestination,
)
from openrouter_core.models.observability_braintrust_destination import (
    ObservabilityBraintrustDestinationConfig as ObservabilityBraintrustDestinationConfig,
)
from openrouter_core.models.observability_clickhouse_destination import (
    ObservabilityClickhouseDestination as ObservabilityClickhouseDestination,
)
from openrouter_core.models.observability_clickhouse_destination import (
    ObservabilityClickhouseDestinationConfig as ObservabilityClickhouseDestinationConfig,
)
from openrouter_core.models.observability_datadog_destination import (
    ObservabilityDatadogDestination as ObservabilityDatadogDestination,
)
from openrouter_core.models.observability_datadog_destination import (
    ObservabilityDatadogDestinationConfig as ObservabilityDatadogDestinationConfig,
)
from openrouter_core.models.observability_destination import (
    ObservabilityDestination as ObservabilityDestination,
)
from openrouter_core.models.observability_filter_rule_group import (
    ObservabilityFilterRuleGroup as ObservabilityFilterRuleGroup,
)
from openrouter_core.models.observability_filter_rule_group import (
    ObservabilityFilterRuleGroupRules as ObservabilityFilterRuleGroupRules,
)
from openrouter_core.models.observability_filter_rule_group import (
    ObservabilityFilterRuleGroupRulesValue as ObservabilityFilterRuleGroupRulesValue,
)
from openrouter_core.models.observability_filter_rules_config import (
    ObservabilityFilterRulesConfig as ObservabilityFilterRulesConfig,
)
from openrouter_core.models.observability_filter_rules_config_nullable import (
    ObservabilityFilterRulesConfigNullable as ObservabilityFilterRulesConfigNullable,
)
from openrouter_core.models.observability_grafana_destination import (
    ObservabilityGrafanaDestination as ObservabilityGrafanaDestination,
)
from openrouter_core.models.observability_grafana_destination import (
    ObservabilityGrafanaDestinationConfig as ObservabilityGrafanaDestinationConfig,
)
from openrouter_core.models.observability_langfuse_destination import (
    ObservabilityLangfuseDestination as ObservabilityLangfuseDestination,
)
from openrouter_core.models.observability_langfuse_destination import (
    ObservabilityLangfuseDestinationConfig as ObservabilityLangfuseDestinationConfig,
)
from openrouter_core.models.observability_langsmith_destination import (
    ObservabilityLangsmithDestination as ObservabilityLangsmithDestination,
)
from openrouter_core.models.observability_langsmith_destination import (
    ObservabilityLangsmithDestinationConfig as ObservabilityLangsmithDestinationConfig,
)
from openrouter_core.models.observability_newrelic_destination import (
    ObservabilityNewrelicDestination as ObservabilityNewrelicDestination,
)
from openrouter_core.models.observability_newrelic_destination import (
    ObservabilityNewrelicDestinationConfig as ObservabilityNewrelicDestinationConfig,
)
from openrouter_core.models.observability_opik_destination import (
    ObservabilityOpikDestination as ObservabilityOpikDestination,
)
from openrouter_core.models.observability_opik_destination import (
    ObservabilityOpikDestinationConfig as ObservabilityOpikDestinationConfig,
)
from openrouter_core.models.observability_otel_collector_destination import (
    ObservabilityOtelCollectorDestination as ObservabilityOtelCollectorDestination,
)
from openrouter_core.models.observability_otel_collector_destination import (
    ObservabilityOtelCollectorDestinationConfig as ObservabilityOtelCollectorDestinationConfig,
)
from openrouter_core.models.observability_posthog_destination import (
    ObservabilityPosthogDestination as ObservabilityPosthogDestination,
)
from openrouter_core.models.observability_posthog_destination import (
    ObservabilityPosthogDestinationConfig as ObservabilityPosthogDestinationConfig,
)
from openrouter_core.models.observability_ramp_destination import (
    ObservabilityRampDestination as ObservabilityRampDestination,
)
from openrouter_core.models.observability_ramp_destination import (
    ObservabilityRampDestinationConfig as ObservabilityRampDestinationConfig,
)
from openrouter_core.models.observability_s3_destination import (
    ObservabilityS3Destination as ObservabilityS3Destination,
)
from openrouter_core.models.observability_s3_destination import (
    ObservabilityS3DestinationConfig as ObservabilityS3DestinationConfig,
)
from openrouter_core.models.observability_sentry_destination import (
    ObservabilitySentryDestination as ObservabilitySentryDestination,
)
from openrouter_core.models.observability_sentry_destination import (
    ObservabilitySentryDestinationConfig as ObservabilitySentryDestinationConfig,
)
from openrouter_core.models.observability_snowflake_destination import (
    ObservabilitySnowflakeDestination as ObservabilitySnowflakeDestination,
)
from openrouter_core.models.observability_snowflake_destination import (
    ObservabilitySnowflakeDestinationConfig as ObservabilitySnowflakeDestinationConfig,
)
from openrouter_core.models.observability_weave_destination import (
    ObservabilityWeaveDestination as ObservabilityWeaveDestination,
)
from openrouter_core.models.observability_weave_destination import (
    ObservabilityWeaveDestinationConfig as ObservabilityWeaveDestinationConfig,
)
from openrouter_core.models.observability_webhook_destination import (
    ObservabilityWebhookDestination as ObservabilityWebhookDestination,
)
from openrouter_core.models.observability_webhook_destination import (
    ObservabilityWebhookDestinationConfig as ObservabilityWebhookDestinationConfig,
)
from openrouter_core.models.open_responses_created_event import (
    OpenResponsesCreatedEvent as OpenResponsesCreatedEvent,
)
from openrouter_core.models.open_responses_in_progress_event import (
    OpenResponsesInProgressEvent as OpenResponsesInProgressEvent,
)
from openrouter_core.models.open_responses_log_probs import (
    OpenResponsesLogProbs as OpenResponsesLogProbs,
)
from openrouter_core.models.open_responses_result import OpenResponsesResult as OpenResponsesResult
from openrouter_core.models.open_responses_top_logprobs import (
    OpenResponsesTopLogprobs as OpenResponsesTopLogprobs,
)
from openrouter_core.models.openai_file import OpenAIFile as OpenAIFile
from openrouter_core.models.openai_file_deleted import OpenAIFileDeleted as OpenAIFileDeleted
from openrouter_core.models.openai_file_list import OpenAIFileList as OpenAIFileList
from openrouter_core.models.openai_response_custom_tool_call import (
    OpenAIResponseCustomToolCall as OpenAIResponseCustomToolCall,
)
from openrouter_core.models.openai_response_custom_tool_call_output import (
    OpenAIResponseCustomToolCallOutput as OpenAIResponseCustomToolCallOutput,
)
from openrouter_core.models.openai_response_custom_tool_call_output import (
    OpenAIResponseCustomToolCallOutputOutput as OpenAIResponseCustomToolCallOutputOutput,
)
from openrouter_core.models.openai_response_custom_tool_call_output import (
    OpenAIResponseCustomToolCallOutputOutputItem as OpenAIResponseCustomToolCallOutputOutputItem,
)
from openrouter_core.models.openai_response_function_tool_call import (
    OpenAIResponseFunctionToolCall as OpenAIResponseFunctionToolCall,
)
from openrouter_core.models.openai_response_function_tool_call import (
    OpenAIResponseFunctionToolCallSubagentItems as OpenAIResponseFunctionToolCallSubagentItems,
)
from openrouter_core.models.openai_response_function_tool_call_output import (
    OpenAIResponseFunctionToolCallOutput as OpenAIResponseFunctionToolCallOutput,
)
from openrouter_core.models.openai_response_function_tool_call_output import (
    OpenAIResponseFunctionToolCallOutputOutput as OpenAIResponseFunctionToolCallOutputOutput,
)
from openrouter_core.models.openai_response_function_tool_call_output import (
    OpenAIResponseFunctionToolCallOutputOutputItem as OpenAIResponseFunctionToolCallOutputOutputItem,
)
from openrouter_core.models.openai_response_input_message_item import (
    OpenAIResponseInputMessageItem as OpenAIResponseInputMessageItem,
)
from openrouter_core.models.openai_response_input_message_item import (
    OpenAIResponseInputMessageItemContent as OpenAIResponseInputMessageItemContent,
)
from openrouter_core.models.openai_responses_annotation import (
    OpenAIResponsesAnnotation as OpenAIResponsesAnnotation,
)
from openrouter_core.models.openai_responses_code_interpreter_call_code_delta import (
    OpenAIResponsesCodeInterpreterCallCodeDelta as OpenAIResponsesCodeInterpreterCallCodeDelta,
)
from openrouter_core.models.openai_responses_code_interpreter_call_code_done import (
    OpenAIResponsesCodeInterpreterCallCodeDone as OpenAIResponsesCodeInterpreterCallCodeDone,
)
from openrouter_core.models.openai_responses_code_interpreter_call_completed import (
    OpenAIResponsesCodeInterpreterCallCompleted as OpenAIResponsesCodeInterpreterCallCompleted,
)
from openrouter_core.models.openai_responses_code_interpreter_call_in_progress import (
    OpenAIResponsesCodeInterpreterCallInProgress as OpenAIResponsesCodeInterpreterCallInProgress,
)
from openrouter_core.models.openai_responses_code_interpreter_call_interpreting import (
    OpenAIResponsesCodeInterpreterCallInterpreting as OpenAIResponsesCodeInterpreterCallInterpreting,
)
from openrouter_core.models.openai_responses_image_gen_call_completed import (
    OpenAIResponsesImageGenCallCompleted as OpenAIResponsesImageGenCallCompleted,
)
from openrouter_core.models.openai_responses_image_gen_call_generating import (
    OpenAIResponsesImageGenCallGenerating as OpenAIResponsesImageGenCallGenerating,
)
from openrouter_core.models.openai_responses_image_gen_call_in_progress import (
    OpenAIResponsesImageGenCallInProgress as OpenAIResponsesImageGenCallInProgress,
)
from openrouter_core.models.openai_responses_image_gen_call_partial_image import (
    OpenAIResponsesImageGenCallPartialImage as OpenAIResponsesImageGenCallPartialImage,
)
from openrouter_core.models.openai_responses_refusal_content import (
    OpenAIResponsesRefusalContent as OpenAIResponsesRefusalContent,
)
from openrouter_core.models.openai_responses_response_status import (
    OpenAIResponsesResponseStatus as OpenAIResponsesResponseStatus,
)
from openrouter_core.models.openai_responses_search_completed import (
    OpenAIResponsesSearchCompleted as OpenAIResponsesSearchCompleted,
)
from openrouter_core.models.openai_responses_tool_choice import (
    OpenAIResponsesToolChoice as OpenAIResponsesToolChoice,
)
from openrouter_core.models.openai_responses_tool_choice import (
    OpenAIResponsesToolChoiceApplyPatch as OpenAIResponsesToolChoiceApplyPatch,
)
from openrouter_core.models.openai_responses_tool_choice import (
    OpenAIResponsesToolChoiceFunction as OpenAIResponsesToolChoiceFunction,
)
from openrouter_core.models.openai_responses_tool_choice import (
    OpenAIResponsesToolChoiceShell as OpenAIResponsesToolChoiceShell,
)
from openrouter_core.models.openai_responses_tool_choice import (
    OpenAIResponsesToolChoiceVariant5 as OpenAIResponsesToolChoiceVariant5,
)
from openrouter_core.models.openai_responses_truncation import (
    OpenAIResponsesTruncation as OpenAIResponsesTruncation,
)
from openrouter_core.models.openai_responses_usage import (
    OpenAIResponsesUsage as OpenAIResponsesUsage,
)
from openrouter_core.models.openai_responses_usage import (
    OpenAIResponsesUsageInputTokensDetails as OpenAIResponsesUsageInputTokensDetails,
)
from openrouter_core.models.openai_responses_usage import (
    OpenAIResponsesUsageOutputTokensDetails as OpenAIResponsesUsageOutputTokensDetails,
)
from openrouter_core.models.openai_responses_web_search_call_in_progress import (
    OpenAIResponsesWebSearchCallInProgress as OpenAIResponsesWebSearchCallInProgress,
)
from openrouter_core.models.openai_responses_web_search_call_searching import (
    OpenAIResponsesWebSearchCallSearching as OpenAIResponsesWebSearchCallSearching,
)
from openrouter_core.models.openrouter_file import OpenRouterFile as OpenRouterFile
from openrouter_core.models.openrouter_file_deleted import (
    OpenRouterFileDeleted as OpenRouterFileDeleted,
)
from openrouter_core.models.openrouter_file_list import OpenRouterFileList as OpenRouterFileList
from openrouter_core.models.openrouter_metadata import OpenRouterMetadata as OpenRouterMetadata
from openrouter_core.models.openrouter_web_search_server_tool import (
    OpenRouterWebSearchServerTool as OpenRouterWebSearchServerTool,
)
from openrouter_core.models.or_anthropic_bash_tool_result import (
    ORAnthropicBashToolResult as ORAnthropicBashToolResult,
)
from openrouter_core.models.or_anthropic_content_block import (
    ORAnthropicContentBlock as ORAnthropicContentBlock,
)
from openrouter_core.models.or_anthropic_nullable_caller import (
    ORAnthropicNullableCaller as ORAnthropicNullableCaller,
)
from openrouter_core.models.or_anthropic_server_tool_use_block import (
    ORAnthropicServerToolUseBlock as ORAnthropicServerToolUseBlock,
)
from openrouter_core.models.or_anthropic_shell_tool_result import (
    ORAnthropicShellToolResult as ORAnthropicShellToolResult,
)
from openrouter_core.models.or_anthropic_stop_reason import (
    ORAnthropicStopReason as ORAnthropicStopReason,
)
from openrouter_core.models.or_anthropic_tool_search_result import (
    ORAnthropicToolSearchResult as ORAnthropicToolSearchResult,
)
from openrouter_core.models.organization_list_members_response import (
    OrganizationListMembersResponse as OrganizationListMembersResponse,
)
from openrouter_core.models.organization_list_members_response import (
    OrganizationListMembersResponseData as OrganizationListMembersResponseData,
)
from openrouter_core.models.organization_settings import (
    OrganizationSettings as OrganizationSettings,
)
from openrouter_core.models.output_advisor_server_tool_item import (
    OutputAdvisorServerToolItem as OutputAdvisorServerToolItem,
)
from openrouter_core.models.output_apply_patch_call_item import (
    OutputApplyPatchCallItem as OutputApplyPatchCallItem,
)
from openrouter_core.models.output_apply_patch_server_tool_item import (
    OutputApplyPatchServerToolItem as OutputApplyPatchServerToolItem,
)
from openrouter_core.models.output_bash_server_tool_item import (
    OutputBashServerToolItem as OutputBashServerToolItem,
)
from openrouter_core.models.output_browser_use_server_tool_item import (
    OutputBrowserUseServerToolItem as OutputBrowserUseServerToolItem,
)
from openrouter_core.models.output_code_interpreter_call_item import (
    OutputCodeInterpreterCallItem as OutputCodeInterpreterCallItem,
)
from openrouter_core.models.output_code_interpreter_server_tool_item import (
    OutputCodeInterpreterServerToolItem as OutputCodeInterpreterServerToolItem,
)
from openrouter_core.models.output_computer_call_item import (
    OutputComputerCallItem as OutputComputerCallItem,
)
from openrouter_core.models.output_computer_call_item import (
    OutputComputerCallItemPendingSafetyChecks as OutputComputerCallItemPendingSafetyChecks,
)
from openrouter_core.models.output_custom_tool_call_item import (
    OutputCustomToolCallItem as OutputCustomToolCallItem,
)
from openrouter_core.models.output_datetime_item import OutputDatetimeItem as OutputDatetimeItem
from openrouter_core.models.output_file_search_call_item import (
    OutputFileSearchCallItem as OutputFileSearchCallItem,
)
from openrouter_core.models.output_file_search_server_tool_item import (
    OutputFileSearchServerToolItem as OutputFileSearchServerToolItem,
)
from openrouter_core.models.output_files_server_tool_item import (
    OutputFilesServerToolItem as OutputFilesServerToolItem,
)
from openrouter_core.models.output_function_call_item import (
    OutputFunctionCallItem as OutputFunctionCallItem,
)
from openrouter_core.models.output_function_call_item import (
    OutputFunctionCallItemSubagentItems as OutputFunctionCallItemSubagentItems,
)
from openrouter_core.models.output_fusion_server_tool_item import (
    OutputFusionServerToolItem as OutputFusionServerToolItem,
)
from openrouter_core.models.output_fusion_server_tool_item import (
    OutputFusionServerToolItemFailedModels as OutputFusionServerToolItemFailedModels,
)
from openrouter_core.models.output_fusion_server_tool_item import (
    OutputFusionServerToolItemResponses as OutputFusionServerToolItemResponses,
)
from openrouter_core.models.output_image_generation_call_item import (
    OutputImageGenerationCallItem as OutputImageGenerationCallItem,
)
from openrouter_core.models.output_image_generation_server_tool_item import (
    OutputImageGenerationServerToolItem as OutputImageGenerationServerToolItem,
)
from openrouter_core.models.output_item_added_event import (
    OutputItemAddedEvent as OutputItemAddedEvent,
)
from openrouter_core.models.output_item_added_event import (
    OutputItemAddedEventItem as OutputItemAddedEventItem,
)
from openrouter_core.models.output_item_apply_patch_call import (
    OutputItemApplyPatchCall as OutputItemApplyPatchCall,
)
from openrouter_core.models.output_item_apply_patch_call import (
    OutputItemApplyPatchCallOperation as OutputItemApplyPatchCallOperation,
)
from openrouter_core.models.output_item_code_interpreter_call import (
    OutputItemCodeInterpreterCall as OutputItemCodeInterpreterCall,
)
from openrouter_core.models.output_item_code_interpreter_call import (
    OutputItemCodeInterpreterCallOutputs as OutputItemCodeInterpreterCallOutputs,
)
from openrouter_core.models.output_item_custom_tool_call import (
    OutputItemCustomToolCall as OutputItemCustomToolCall,
)
from openrouter_core.models.output_item_done_event import OutputItemDoneEvent as OutputItemDoneEvent
from openrouter_core.models.output_item_done_event import (
    OutputItemDoneEventItem as OutputItemDoneEventItem,
)
from openrouter_core.models.output_item_file_search_call import (
    OutputItemFileSearchCall as OutputItemFileSearchCall,
)
from openrouter_core.models.output_item_function_call import (
    OutputItemFunctionCall as OutputItemFunctionCall,
)
from openrouter_core.models.output_item_image_generation_call import (
    OutputItemImageGenerationCall as OutputItemImageGenerationCall,
)
from openrouter_core.models.output_item_reasoning import OutputItemReasoning as OutputItemReasoning
from openrouter_core.models.output_item_web_search_call import (
    OutputItemWebSearchCall as OutputItemWebSearchCall,
)
from openrouter_core.models.output_item_web_search_call import (
    OutputItemWebSearchCallAction as OutputItemWebSearchCallAction,
)
from openrouter_core.models.output_item_web_search_call import (
    OutputItemWebSearchCallActionFindInPage as OutputItemWebSearchCallActionFindInPage,
)
from openrouter_core.models.output_item_web_search_call import (
    OutputItemWebSearchCallActionOpenPage as OutputItemWebSearchCallActionOpenPage,
)
from openrouter_core.models.output_item_web_search_call import (
    OutputItemWebSearchCallActionSearch as OutputItemWebSearchCallActionSearch,
)
from openrouter_core.models.output_items import OutputItems as OutputItems
from openrouter_core.models.output_mcp_server_tool_item import (
    OutputMcpServerToolItem as OutputMcpServerToolItem,
)
from openrouter_core.models.output_memory_server_tool_item import (
    OutputMemoryServerToolItem as OutputMemoryServerToolItem,
)
from openrouter_core.models.output_message import OutputMessage as OutputMessage
from openrouter_core.models.output_message import OutputMessageContent as OutputMessageContent
from openrouter_core.models.output_message_item import OutputMessageItem as OutputMessageItem
from openrouter_core.models.output_modality import OutputModality as OutputModality
from openrouter_core.models.output_modality_enum import OutputModalityEnum as OutputModalityEnum
from openrouter_core.models.output_reasoning_item import OutputReasoningItem as OutputReasoningItem
from openrouter_core.models.output_search_models_server_tool_item import (
    OutputSearchModelsServerToolItem as OutputSearchModelsServerToolItem,
)
from openrouter_core.models.output_shell_call_item import OutputShellCallItem as OutputShellCallItem
from openrouter_core.models.output_shell_call_item import (
    OutputShellCallItemAction as OutputShellCallItemAction,
)
from openrouter_core.models.output_shell_call_output_item import (
    OutputShellCallOutputItem as OutputShellCallOutputItem,
)
from openrouter_core.models.output_shell_server_tool_item import (
    OutputShellServerToolItem as OutputShellServerToolItem,
)
from openrouter_core.models.output_shell_server_tool_item import (
    OutputShellServerToolItemAction as OutputShellServerToolItemAction,
)
from openrouter_core.models.output_subagent_server_tool_item import (
    OutputSubagentServerToolItem as OutputSubagentServerToolItem,
)
from openrouter_core.models.output_text_editor_server_tool_item import (
    OutputTextEditorServerToolItem as OutputTextEditorServerToolItem,
)
from openrouter_core.models.output_tool_search_server_tool_item import (
    OutputToolSearchServerToolItem as OutputToolSearchServerToolItem,
)
from openrouter_core.models.output_web_fetch_server_tool_item import (
    OutputWebFetchServerToolItem as OutputWebFetchServerToolItem,
)
from openrouter_core.models.output_web_search_call_item import (
    OutputWebSearchCallItem as OutputWebSearchCallItem,
)
from openrouter_core.models.output_web_search_server_tool_item import (
    OutputWebSearchServerToolItem as OutputWebSearchServerToolItem,
)
from openrouter_core.models.output_web_search_server_tool_item import (
    OutputWebSearchServerToolItemAction as OutputWebSearchServerToolItemAction,
)
from openrouter_core.models.output_web_search_server_tool_item import (
    OutputWebSearchServerToolItemActionSources as OutputWebSearchServerToolItemActionSources,
)
from openrouter_core.models.parameter import Parameter as Parameter
from openrouter_core.models.pareto_router_plugin import ParetoRouterPlugin as ParetoRouterPlugin
from openrouter_core.models.payload_too_large_response import (
    PayloadTooLargeResponse as PayloadTooLargeResponse,
)
from openrouter_core.models.payload_too_large_response_error_data import (
    PayloadTooLargeResponseErrorData as PayloadTooLargeResponseErrorData,
)
from openrouter_core.models.payment_required_response import (
    PaymentRequiredResponse as PaymentRequiredResponse,
)
from openrouter_core.models.payment_required_response_error_data import (
    PaymentRequiredResponseErrorData as PaymentRequiredResponseErrorData,
)
from openrouter_core.models.pdf_parser_engine import PDFParserEngine as PDFParserEngine
from openrouter_core.models.pdf_parser_options import PDFParserOptions as PDFParserOptions
from openrouter_core.models.per_request_limits import PerRequestLimits as PerRequestLimits
from openrouter_core.models.percentile_latency_cutoffs import (
    PercentileLatencyCutoffs as PercentileLatencyCutoffs,
)
from openrouter_core.models.percentile_stats import PercentileStats as PercentileStats
from openrouter_core.models.percentile_throughput_cutoffs import (
    PercentileThroughputCutoffs as PercentileThroughputCutoffs,
)
from openrouter_core.models.pipeline_stage import PipelineStage as PipelineStage
from openrouter_core.models.pipeline_stage_type import PipelineStageType as PipelineStageType
from openrouter_core.models.prediction import Prediction as Prediction
from openrouter_core.models.prediction import PredictionContent as PredictionContent
from openrouter_core.models.prediction_content_text import (
    PredictionContentText as PredictionContentText,
)
from openrouter_core.models.preferred_max_latency import PreferredMaxLatency as PreferredMaxLatency
from openrouter_core.models.preferred_min_throughput import (
    PreferredMinThroughput as PreferredMinThroughput,
)
from openrouter_core.models.preset import Preset as Preset
from openrouter_core.models.preset_designated_version import (
    PresetDesignatedVersion as PresetDesignatedVersion,
)
from openrouter_core.models.preset_status import PresetStatus as PresetStatus
from openrouter_core.models.preset_with_designated_version import (
    PresetWithDesignatedVersion as PresetWithDesignatedVersion,
)
from openrouter_core.models.preview20250311_web_search_server_tool import (
    Preview20250311WebSearchServerTool as Preview20250311WebSearchServerTool,
)
from openrouter_core.models.preview_web_search_server_tool import (
    PreviewWebSearchServerTool as PreviewWebSearchServerTool,
)
from openrouter_core.models.preview_web_search_user_location import (
    PreviewWebSearchUserLocation as PreviewWebSearchUserLocation,
)
from openrouter_core.models.pricing_override import PricingOverride as PricingOverride
from openrouter_core.models.private_endpoint import PrivateEndpoint as PrivateEndpoint
from openrouter_core.models.private_endpoint_activation import (
    PrivateEndpointActivation as PrivateEndpointActivation,
)
from openrouter_core.models.private_endpoint_check import (
    PrivateEndpointCheck as PrivateEndpointCheck,
)
from openrouter_core.models.private_endpoint_pricing import (
    PrivateEndpointPricing as PrivateEndpointPricing,
)
from openrouter_core.models.private_endpoint_response import (
    PrivateEndpointResponse as PrivateEndpointResponse,
)
from openrouter_core.models.private_endpoint_summary import (
    PrivateEndpointSummary as PrivateEndpointSummary,
)
from openrouter_core.models.private_endpoint_validation import (
    PrivateEndpointValidation as PrivateEndpointValidation,
)
from openrouter_core.models.private_endpoint_validation_nullable import (
    PrivateEndpointValidationNullable as PrivateEndpointValidationNullable,
)
from openrouter_core.models.private_endpoint_validation_response import (
    PrivateEndpointValidationResponse as PrivateEndpointValidationResponse,
)
from openrouter_core.models.prompt_cache_breakpoint import (
    PromptCacheBreakpoint as PromptCacheBreakpoint,
)
from openrouter_core.models.prompt_cache_options import PromptCacheOptions as PromptCacheOptions
from openrouter_core.models.prompt_injection_scan_scope import (
    PromptInjectionScanScope as PromptInjectionScanScope,
)
from openrouter_core.models.provider_name import ProviderName as ProviderName
from openrouter_core.models.provider_options import ProviderOptions as ProviderOptions
from openrouter_core.models.provider_overloaded_response import (
    ProviderOverloadedResponse as ProviderOverloadedResponse,
)
from openrouter_core.models.provider_overloaded_response_error_data import (
    ProviderOverloadedResponseErrorData as ProviderOverloadedResponseErrorData,
)
from openrouter_core.models.provider_preferences import ProviderPreferences as ProviderPreferences
from openrouter_core.models.provider_preferences import (
    ProviderPreferencesMaxPrice as ProviderPreferencesMaxPrice,
)
from openrouter_core.models.provider_preferences import (
    ProviderPreferencesSort as ProviderPreferencesSort,
)
from openrouter_core.models.provider_response import ProviderResponse as ProviderResponse
from openrouter_core.models.provider_sort import ProviderSort as ProviderSort
from openrouter_core.models.provider_sort_config import ProviderSortConfig as ProviderSortConfig
from openrouter_core.models.providers_list_response import (
    ProvidersListResponse as ProvidersListResponse,
)
from openrouter_core.models.providers_list_response import (
    ProvidersListResponseData as ProvidersListResponseData,
)
from openrouter_core.models.public_endpoint import PublicEndpoint as PublicEndpoint
from openrouter_core.models.public_endpoint import PublicEndpointPricing as PublicEndpointPricing
from openrouter_core.models.public_pricing import PublicPricing as PublicPricing
from openrouter_core.models.quantization import Quantization as Quantization
from openrouter_core.models.range_capability import RangeCapability as RangeCapability
from openrouter_core.models.rankings_daily_item import RankingsDailyItem as RankingsDailyItem
from openrouter_core.models.rankings_daily_meta import RankingsDailyMeta as RankingsDailyMeta
from openrouter_core.models.rankings_daily_response import (
    RankingsDailyResponse as RankingsDailyResponse,
)
from openrouter_core.models.reasoning_config import ReasoningConfig as ReasoningConfig
from openrouter_core.models.reasoning_context import ReasoningContext as ReasoningContext
from openrouter_core.models.reasoning_delta_event import ReasoningDeltaEvent as ReasoningDeltaEvent
from openrouter_core.models.reasoning_detail_encrypted import (
    ReasoningDetailEncrypted as ReasoningDetailEncrypted,
)
from openrouter_core.models.reasoning_detail_server_tool_call import (
    ReasoningDetailServerToolCall as ReasoningDetailServerToolCall,
)
from openrouter_core.models.reasoning_detail_summary import (
    ReasoningDetailSummary as ReasoningDetailSummary,
)
from openrouter_core.models.reasoning_detail_text import ReasoningDetailText as ReasoningDetailText
from openrouter_core.models.reasoning_detail_union import (
    ReasoningDetailUnion as ReasoningDetailUnion,
)
from openrouter_core.models.reasoning_done_event import ReasoningDoneEvent as ReasoningDoneEvent
from openrouter_core.models.reasoning_effort import ReasoningEffort as ReasoningEffort
from openrouter_core.models.reasoning_format import ReasoningFormat as ReasoningFormat
from openrouter_core.models.reasoning_item import ReasoningItem as ReasoningItem
from openrouter_core.models.reasoning_mode import ReasoningMode as ReasoningMode
from openrouter_core.models.reasoning_summary_part_added_event import (
    ReasoningSummaryPartAddedEvent as ReasoningSummaryPartAddedEvent,
)
from openrouter_core.models.reasoning_summary_part_done_event import (
    ReasoningSummaryPartDoneEvent as ReasoningSummaryPartDoneEvent,
)
from openrouter_core.models.reasoning_summary_text import (
    ReasoningSummaryText as ReasoningSummaryText,
)
from openrouter_core.models.reasoning_summary_text_delta_event import (
    ReasoningSummaryTextDeltaEvent as ReasoningSummaryTextDeltaEvent,
)
from openrouter_core.models.reasoning_summary_text_done_event import (
    ReasoningSummaryTextDoneEvent as ReasoningSummaryTextDoneEvent,
)
from openrouter_core.models.reasoning_summary_verbosity import (
    ReasoningSummaryVerbosity as ReasoningSummaryVerbosity,
)
from openrouter_core.models.reasoning_text_content import (
    ReasoningTextContent as ReasoningTextContent,
)
from openrouter_core.models.refusal import Refusal as Refusal
from openrouter_core.models.refusal_delta_event import RefusalDeltaEvent as RefusalDeltaEvent
from openrouter_core.models.refusal_done_event import RefusalDoneEvent as RefusalDoneEvent
from openrouter_core.models.refusal_top_logprob import RefusalTopLogprob as RefusalTopLogprob
from openrouter_core.models.request import Request as Request
from openrouter_core.models.request_metadata import RequestMetadata as RequestMetadata
from openrouter_core.models.request_timeout_response import (
    RequestTimeoutResponse as RequestTimeoutResponse,
)
from openrouter_core.models.request_timeout_response_error_data import (
    RequestTimeoutResponseErrorData as RequestTimeoutResponseErrorData,
)
from openrouter_core.models.rerank_rerank_body import RerankRerankBody as RerankRerankBody
from openrouter_core.models.rerank_rerank_body import (
    RerankRerankBodyDocuments as RerankRerankBodyDocuments,
)
from openrouter_core.models.rerank_rerank_body import (
    RerankRerankBodyDocumentsVariant2 as RerankRerankBodyDocumentsVariant2,
)
from openrouter_core.models.rerank_rerank_response import (
    RerankRerankResponse as RerankRerankResponse,
)
from openrouter_core.models.rerank_rerank_response import (
    RerankRerankResponseResults as RerankRerankResponseResults,
)
from openrouter_core.models.rerank_rerank_response import (
    RerankRerankResponseResultsDocument as RerankRerankResponseResultsDocument,
)
from openrouter_core.models.rerank_rerank_response import (
    RerankRerankResponseUsage as RerankRerankResponseUsage,
)
from openrouter_core.models.response_healing_plugin import (
    ResponseHealingPlugin as ResponseHealingPlugin,
)
from openrouter_core.models.response_includes_enum import (
    ResponseIncludesEnum as ResponseIncludesEnum,
)
from openrouter_core.models.response_output_text import ResponseOutputText as ResponseOutputText
from openrouter_core.models.response_output_text import (
    ResponseOutputTextLogprobs as ResponseOutputTextLogprobs,
)
from openrouter_core.models.response_output_text import (
    ResponseOutputTextLogprobsTopLogprobs as ResponseOutputTextLogprobsTopLogprobs,
)
from openrouter_core.models.responses_error_field import ResponsesErrorField as ResponsesErrorField
from openrouter_core.models.responses_request import ResponsesRequest as ResponsesRequest
from openrouter_core.models.responses_request import (
    ResponsesRequestPlugins as ResponsesRequestPlugins,
)
from openrouter_core.models.responses_request import ResponsesRequestTools as ResponsesRequestTools
from openrouter_core.models.responses_request import (
    ResponsesRequestToolsVariant1 as ResponsesRequestToolsVariant1,
)
from openrouter_core.models.responses_streaming_response import (
    ResponsesStreamingResponse as ResponsesStreamingResponse,
)
from openrouter_core.models.result import Result as Result
from openrouter_core.models.result_error import ResultError as ResultError
from openrouter_core.models.router_attempt import RouterAttempt as RouterAttempt
from openrouter_core.models.router_params import RouterParams as RouterParams
from openrouter_core.models.routing_strategy import RoutingStrategy as RoutingStrategy
from openrouter_core.models.sandbox_sleep_after_seconds import (
    SandboxSleepAfterSeconds as SandboxSleepAfterSeconds,
)
from openrouter_core.models.scim_delete_keep_members import (
    ScimDeleteKeepMembers as ScimDeleteKeepMembers,
)
from openrouter_core.models.scim_group import ScimGroup as ScimGroup
from openrouter_core.models.scim_group_mapping import ScimGroupMapping as ScimGroupMapping
from openrouter_core.models.scim_sync_job import ScimSyncJob as ScimSyncJob
from openrouter_core.models.search_context_size_enum import (
    SearchContextSizeEnum as SearchContextSizeEnum,
)
from openrouter_core.models.search_models_server_tool_config import (
    SearchModelsServerToolConfig as SearchModelsServerToolConfig,
)
from openrouter_core.models.search_models_server_tool_openrouter import (
    SearchModelsServerToolOpenRouter as SearchModelsServerToolOpenRouter,
)
from openrouter_core.models.search_quality_level import SearchQualityLevel as SearchQualityLevel
from openrouter_core.models.server_tool import ServerTool as ServerTool
from openrouter_core.models.server_tool_details import ServerToolDetails as ServerToolDetails
from openrouter_core.models.server_tool_engine import ServerToolEngine as ServerToolEngine
from openrouter_core.models.server_tool_input_name import ServerToolInputName as ServerToolInputName
from openrouter_core.models.server_tool_native_model import (
    ServerToolNativeModel as ServerToolNativeModel,
)
from openrouter_core.models.server_tool_native_support import (
    ServerToolNativeSupport as ServerToolNativeSupport,
)
from openrouter_core.models.server_tool_output_name import (
    ServerToolOutputName as ServerToolOutputName,
)
from openrouter_core.models.server_tool_price import ServerToolPrice as ServerToolPrice
from openrouter_core.models.server_tool_use_details import (
    ServerToolUseDetails as ServerToolUseDetails,
)
from openrouter_core.models.service_tier import ServiceTier as ServiceTier
from openrouter_core.models.service_unavailable_response import (
    ServiceUnavailableResponse as ServiceUnavailableResponse,
)
from openrouter_core.models.service_unavailable_response_error_data import (
    ServiceUnavailableResponseErrorData as ServiceUnavailableResponseErrorData,
)
from openrouter_core.models.session_cost_item import SessionCostItem as SessionCostItem
from openrouter_core.models.session_cost_meta import SessionCostMeta as SessionCostMeta
from openrouter_core.models.session_cost_response import SessionCostResponse as SessionCostResponse
from openrouter_core.models.shell_call_item import ShellCallItem as ShellCallItem
from openrouter_core.models.shell_call_item import ShellCallItemAction as ShellCallItemAction
from openrouter_core.models.shell_call_output_content import (
    ShellCallOutputContent as ShellCallOutputContent,
)
from openrouter_core.models.shell_call_output_content import (
    ShellCallOutputContentOutcome as ShellCallOutputContentOutcome,
)
from openrouter_core.models.shell_call_output_content import (
    ShellCallOutputContentOutcomeExit as ShellCallOutputContentOutcomeExit,
)
from openrouter_core.models.shell_call_output_content import (
    ShellCallOutputContentOutcomeTimeout as ShellCallOutputContentOutcomeTimeout,
)
from openrouter_core.models.shell_call_output_item import ShellCallOutputItem as ShellCallOutputItem
from openrouter_core.models.shell_call_status import ShellCallStatus as ShellCallStatus
from openrouter_core.models.shell_server_tool import ShellServerTool as ShellServerTool
from openrouter_core.models.shell_server_tool_config import (
    ShellServerToolConfig as ShellServerToolConfig,
)
from openrouter_core.models.shell_server_tool_engine import (
    ShellServerToolEngine as ShellServerToolEngine,
)
from openrouter_core.models.shell_server_tool_environment import (
    ShellServerToolEnvironment as ShellServerToolEnvironment,
)
from openrouter_core.models.shell_server_tool_openrouter import (
    ShellServerToolOpenRouter as ShellServerToolOpenRouter,
)
from openrouter_core.models.speech_input_reference import (
    SpeechInputReference as SpeechInputReference,
)
from openrouter_core.models.speech_input_reference_audio import (
    SpeechInputReferenceAudio as SpeechInputReferenceAudio,
)
from openrouter_core.models.speech_input_reference_audio_input import (
    SpeechInputReferenceAudioInput as SpeechInputReferenceAudioInput,
)
from openrouter_core.models.speech_input_reference_text import (
    SpeechInputReferenceText as SpeechInputReferenceText,
)
from openrouter_core.models.speech_request import SpeechRequest as SpeechRequest
from openrouter_core.models.speech_request import SpeechRequestProvider as SpeechRequestProvider
from openrouter_core.models.stop_server_tools_when import StopServerToolsWhen as StopServerToolsWhen
from openrouter_core.models.stop_server_tools_when_condition import (
    StopServerToolsWhenCondition as StopServerToolsWhenCondition,
)
from openrouter_core.models.stop_server_tools_when_finish_reason_is import (
    StopServerToolsWhenFinishReasonIs as StopServerToolsWhenFinishReasonIs,
)
from openrouter_core.models.stop_server_tools_when_has_tool_call import (
    StopServerToolsWhenHasToolCall as StopServerToolsWhenHasToolCall,
)
from openrouter_core.models.stop_server_tools_when_max_cost import (
    StopServerToolsWhenMaxCost as StopServerToolsWhenMaxCost,
)
from openrouter_core.models.stop_server_tools_when_max_tokens_used import (
    StopServerToolsWhenMaxTokensUsed as StopServerToolsWhenMaxTokensUsed,
)
from openrouter_core.models.stop_server_tools_when_step_count_is import (
    StopServerToolsWhenStepCountIs as StopServerToolsWhenStepCountIs,
)
from openrouter_core.models.stored_prompt_template import (
    StoredPromptTemplate as StoredPromptTemplate,
)
from openrouter_core.models.stored_prompt_template import (
    StoredPromptTemplateVariablesValue as StoredPromptTemplateVariablesValue,
)
from openrouter_core.models.stream_events import StreamEvents as StreamEvents
from openrouter_core.models.stream_events_response_completed import (
    StreamEventsResponseCompleted as StreamEventsResponseCompleted,
)
from openrouter_core.models.stream_events_response_failed import (
    StreamEventsResponseFailed as StreamEventsResponseFailed,
)
from openrouter_core.models.stream_events_response_incomplete import (
    StreamEventsResponseIncomplete as StreamEventsResponseIncomplete,
)
from openrouter_core.models.stream_events_response_output_item_added import (
    StreamEventsResponseOutputItemAdded as StreamEventsResponseOutputItemAdded,
)
from openrouter_core.models.stream_events_response_output_item_done import (
    StreamEventsResponseOutputItemDone as StreamEventsResponseOutputItemDone,
)
from openrouter_core.models.stream_logprob import StreamLogprob as StreamLogprob
from openrouter_core.models.stream_logprob_top_logprob import (
    StreamLogprobTopLogprob as StreamLogprobTopLogprob,
)
from openrouter_core.models.stt_input_audio import STTInputAudio as STTInputAudio
from openrouter_core.models.stt_request import STTRequest as STTRequest
from openrouter_core.models.stt_request import STTRequestProvider as STTRequestProvider
from openrouter_core.models.stt_response import STTResponse as STTResponse
from openrouter_core.models.stt_segment import STTSegment as STTSegment
from openrouter_core.models.stt_timestamp_granularity import (
    STTTimestampGranularity as STTTimestampGranularity,
)
from openrouter_core.models.stt_usage import STTUsage as STTUsage
from openrouter_core.models.stt_word import STTWord as STTWord
from openrouter_core.models.subagent_nested_tool import SubagentNestedTool as SubagentNestedTool
from openrouter_core.models.subagent_reasoning import SubagentReasoning as SubagentReasoning
from openrouter_core.models.subagent_server_tool_config import (
    SubagentServerToolConfig as SubagentServerToolConfig,
)
from openrouter_core.models.subagent_server_tool_openrouter import (
    SubagentServerToolOpenRouter as SubagentServerToolOpenRouter,
)
from openrouter_core.models.submit_generation_feedback_request import (
    SubmitGenerationFeedbackRequest as SubmitGenerationFeedbackRequest,
)
from openrouter_core.models.submit_generation_feedback_response import (
    SubmitGenerationFeedbackResponse as SubmitGenerationFeedbackResponse,
)
from openrouter_core.models.submit_generation_feedback_response import (
    SubmitGenerationFeedbackResponseData as SubmitGenerationFeedbackResponseData,
)
from openrouter_core.models.supported_parameters import SupportedParameters as SupportedParameters
from openrouter_core.models.task_classification_item import (
    TaskClassificationItem as TaskClassificationItem,
)
from openrouter_core.models.task_classification_macro_category import (
    TaskClassificationMacroCategory as TaskClassificationMacroCategory,
)
from openrouter_core.models.task_classification_model import (
    TaskClassificationModel as TaskClassificationModel,
)
from openrouter_core.models.task_classification_response import (
    TaskClassificationResponse as TaskClassificationResponse,
)
from openrouter_core.models.task_classification_response import (
    TaskClassificationResponseData as TaskClassificationResponseData,
)
from openrouter_core.models.text_config import TextConfig as TextConfig
from openrouter_core.models.text_delta_event import TextDeltaEvent as TextDeltaEvent
from openrouter_core.models.text_done_event import TextDoneEvent as TextDoneEvent
from openrouter_core.models.text_extended_config import TextExtendedConfig as TextExtendedConfig
from openrouter_core.models.token_exchange_request import (
    TokenExchangeRequest as TokenExchangeRequest,
)
from openrouter_core.models.token_exchange_response import (
    TokenExchangeResponse as TokenExchangeResponse,
)
from openrouter_core.models.too_many_requests_response import (
    TooManyRequestsResponse as TooManyRequestsResponse,
)
from openrouter_core.models.too_many_requests_response_error_data import (
    TooManyRequestsResponseErrorData as TooManyRequestsResponseErrorData,
)
from openrouter_core.models.tool_call import ToolCall as ToolCall
from openrouter_core.models.tool_call_status import ToolCallStatus as ToolCallStatus
from openrouter_core.models.tool_choice_allowed import ToolChoiceAllowed as ToolChoiceAllowed
from openrouter_core.models.tool_search_server_tool import (
    ToolSearchServerTool as ToolSearchServerTool,
)
from openrouter_core.models.tool_search_server_tool_config import (
    ToolSearchServerToolConfig as ToolSearchServerToolConfig,
)
from openrouter_core.models.tool_uses_evaluated import ToolUsesEvaluated as ToolUsesEvaluated
from openrouter_core.models.tool_uses_skipped import ToolUsesSkipped as ToolUsesSkipped
from openrouter_core.models.tool_uses_unavailable import ToolUsesUnavailable as ToolUsesUnavailable
from openrouter_core.models.top_provider_info import TopProviderInfo as TopProviderInfo
from openrouter_core.models.trace_config import TraceConfig as TraceConfig
from openrouter_core.models.truncation import Truncation as Truncation
from openrouter_core.models.unauthorized_response import (
    UnauthorizedResponse as UnauthorizedResponse,
)
from openrouter_core.models.unauthorized_response_error_data import (
    UnauthorizedResponseErrorData as UnauthorizedResponseErrorData,
)
from openrouter_core.models.unified_benchmark_pricing import (
    UnifiedBenchmarkPricing as UnifiedBenchmarkPricing,
)
from openrouter_core.models.unified_benchmarks_aa_item import (
    UnifiedBenchmarksAAItem as UnifiedBenchmarksAAItem,
)
from openrouter_core.models.unified_benchmarks_da_item import (
    UnifiedBenchmarksDAItem as UnifiedBenchmarksDAItem,
)
from openrouter_core.models.unified_benchmarks_da_item import (
    UnifiedBenchmarksDAItemTournamentStats as UnifiedBenchmarksDAItemTournamentStats,
)
from openrouter_core.models.unified_benchmarks_meta import (
    UnifiedBenchmarksMeta as UnifiedBenchmarksMeta,
)
from openrouter_core.models.unified_benchmarks_or_item import (
    UnifiedBenchmarksORItem as UnifiedBenchmarksORItem,
)
from openrouter_core.models.unified_benchmarks_response import (
    UnifiedBenchmarksResponse as UnifiedBenchmarksResponse,
)
from openrouter_core.models.unified_benchmarks_response import (
    UnifiedBenchmarksResponseData as UnifiedBenchmarksResponseData,
)
from openrouter_core.models.unified_benchmarks_search_item import (
    UnifiedBenchmarksSearchItem as UnifiedBenchmarksSearchItem,
)
from openrouter_core.models.unified_benchmarks_search_run_config import (
    UnifiedBenchmarksSearchRunConfig as UnifiedBenchmarksSearchRunConfig,
)
from openrouter_core.models.unknown_alignment_call_record import (
    UnknownAlignmentCallRecord as UnknownAlignmentCallRecord,
)
from openrouter_core.models.unknown_annotation import UnknownAnnotation as UnknownAnnotation
from openrouter_core.models.unknown_annotation_content_union import (
    UnknownAnnotationContentUnion as UnknownAnnotationContentUnion,
)
from openrouter_core.models.unknown_answers import UnknownAnswers as UnknownAnswers
from openrouter_core.models.unknown_file_response import UnknownFileResponse as UnknownFileResponse
from openrouter_core.models.unknown_or_anthropic_content_block import (
    UnknownORAnthropicContentBlock as UnknownORAnthropicContentBlock,
)
from openrouter_core.models.unknown_reasoning_detail import (
    UnknownReasoningDetail as UnknownReasoningDetail,
)
from openrouter_core.models.unknown_tool_uses import UnknownToolUses as UnknownToolUses
from openrouter_core.models.unprocessable_entity_response import (
    UnprocessableEntityResponse as UnprocessableEntityResponse,
)
from openrouter_core.models.unprocessable_entity_response_error_data import (
    UnprocessableEntityResponseErrorData as UnprocessableEntityResponseErrorData,
)
from openrouter_core.models.unprocessable_entity_union import (
    UnprocessableEntityUnion as UnprocessableEntityUnion,
)
from openrouter_core.models.update_byok_key_request import (
    UpdateBYOKKeyRequest as UpdateBYOKKeyRequest,
)
from openrouter_core.models.update_byok_key_response import (
    UpdateBYOKKeyResponse as UpdateBYOKKeyResponse,
)
from openrouter_core.models.update_external_user_request import (
    UpdateExternalUserRequest as UpdateExternalUserRequest,
)
from openrouter_core.models.update_guardrail_request import (
    UpdateGuardrailRequest as UpdateGuardrailRequest,
)
from openrouter_core.models.update_guardrail_response import (
    UpdateGuardrailResponse as UpdateGuardrailResponse,
)
from openrouter_core.models.update_observability_destination_request import (
    UpdateObservabilityDestinationRequest as UpdateObservabilityDestinationRequest,
)
from openrouter_core.models.update_observability_destination_response import (
    UpdateObservabilityDestinationResponse as UpdateObservabilityDestinationResponse,
)
from openrouter_core.models.update_organization_settings_request import (
    UpdateOrganizationSettingsRequest as UpdateOrganizationSettingsRequest,
)
from openrouter_core.models.update_organization_settings_response import (
    UpdateOrganizationSettingsResponse as UpdateOrganizationSettingsResponse,
)
from openrouter_core.models.update_private_endpoint_pricing_request import (
    UpdatePrivateEndpointPricingRequest as UpdatePrivateEndpointPricingRequest,
)
from openrouter_core.models.update_private_endpoint_request import (
    UpdatePrivateEndpointRequest as UpdatePrivateEndpointRequest,
)
from openrouter_core.models.update_scim_group_mapping_request import (
    UpdateScimGroupMappingRequest as UpdateScimGroupMappingRequest,
)
from openrouter_core.models.update_scim_group_mapping_response import (
    UpdateScimGroupMappingResponse as UpdateScimGroupMappingResponse,
)
from openrouter_core.models.update_workspace_request import (
    UpdateWorkspaceRequest as UpdateWorkspaceRequest,
)
from openrouter_core.models.update_workspace_response import (
    UpdateWorkspaceResponse as UpdateWorkspaceResponse,
)
from openrouter_core.models.upsert_workspace_budget_request import (
    UpsertWorkspaceBudgetRequest as UpsertWorkspaceBudgetRequest,
)
from openrouter_core.models.upsert_workspace_budget_response import (
    UpsertWorkspaceBudgetResponse as UpsertWorkspaceBudgetResponse,
)
from openrouter_core.models.upstream import Upstream as Upstream
from openrouter_core.models.url_citation import URLCitation as URLCitation
from openrouter_core.models.usage import Usage as Usage
from openrouter_core.models.usage import UsageCostDetails as UsageCostDetails
from openrouter_core.models.validate_private_endpoint_request import (
    ValidatePrivateEndpointRequest as ValidatePrivateEndpointRequest,
)
from openrouter_core.models.vault_effective_secret import (
    VaultEffectiveSecret as VaultEffectiveSecret,
)
from openrouter_core.models.vault_effective_secret_list_response import (
    VaultEffectiveSecretListResponse as VaultEffectiveSecretListResponse,
)
from openrouter_core.models.vault_secret import VaultSecret as VaultSecret
from openrouter_core.models.vault_secret_copy_request import (
    VaultSecretCopyRequest as VaultSecretCopyRequest,
)
from openrouter_core.models.vault_secret_copy_response import (
    VaultSecretCopyResponse as VaultSecretCopyResponse,
)
from openrouter_core.models.vault_secret_list_response import (
    VaultSecretListResponse as VaultSecretListResponse,
)
from openrouter_core.models.vault_secret_response import VaultSecretResponse as VaultSecretResponse
from openrouter_core.models.vault_secret_write_request import (
    VaultSecretWriteRequest as VaultSecretWriteRequest,
)
from openrouter_core.models.video_generation_request import (
    VideoGenerationRequest as VideoGenerationRequest,
)
from openrouter_core.models.video_generation_request import (
    VideoGenerationRequestProvider as VideoGenerationRequestProvider,
)
from openrouter_core.models.video_generation_response import (
    VideoGenerationResponse as VideoGenerationResponse,
)
from openrouter_core.models.video_generation_usage import (
    VideoGenerationUsage as VideoGenerationUsage,
)
from openrouter_core.models.video_model import VideoModel as VideoModel
from openrouter_core.models.video_model import VideoModelUpscaleFactor as VideoModelUpscaleFactor
from openrouter_core.models.video_models_list_response import (
    VideoModelsListResponse as VideoModelsListResponse,
)
from openrouter_core.models.web_fetch_engine_enum import WebFetchEngineEnum as WebFetchEngineEnum
from openrouter_core.models.web_fetch_plugin import WebFetchPlugin as WebFetchPlugin
from openrouter_core.models.web_fetch_server_tool import WebFetchServerTool as WebFetchServerTool
from openrouter_core.models.web_fetch_server_tool_config import (
    WebFetchServerToolConfig as WebFetchServerToolConfig,
)
from openrouter_core.models.web_search_call_completed_event import (
    WebSearchCallCompletedEvent as WebSearchCallCompletedEvent,
)
from openrouter_core.models.web_search_call_in_progress_event import (
    WebSearchCallInProgressEvent as WebSearchCallInProgressEvent,
)
from openrouter_core.models.web_search_call_searching_event import (
    WebSearchCallSearchingEvent as WebSearchCallSearchingEvent,
)
from openrouter_core.models.web_search_citation import WebSearchCitation as WebSearchCitation
from openrouter_core.models.web_search_config import WebSearchConfig as WebSearchConfig
from openrouter_core.models.web_search_domain_filter import (
    WebSearchDomainFilter as WebSearchDomainFilter,
)
from openrouter_core.models.web_search_engine import WebSearchEngine as WebSearchEngine
from openrouter_core.models.web_search_engine_enum import WebSearchEngineEnum as WebSearchEngineEnum
from openrouter_core.models.web_search_mode import WebSearchMode as WebSearchMode
from openrouter_core.models.web_search_plugin import WebSearchPlugin as WebSearchPlugin
from openrouter_core.models.web_search_plugin import (
    WebSearchPluginUserLocation as WebSearchPluginUserLocation,
)
from openrouter_core.models.web_search_server_tool import WebSearchServerTool as WebSearchServerTool
from openrouter_core.models.web_search_server_tool_config import (
    WebSearchServerToolConfig as WebSearchServerToolConfig,
)
from openrouter_core.models.web_search_server_tool_openrouter import (
    WebSearchServerToolOpenRouter as WebSearchServerToolOpenRouter,
)
from openrouter_core.models.web_search_source import WebSearchSource as WebSearchSource
from openrouter_core.models.web_search_status import WebSearchStatus as WebSearchStatus
from openrouter_core.models.web_search_user_location import (
    WebSearchUserLocation as WebSearchUserLocation,
)
from openrouter_core.models.web_search_user_location_server_tool import (
    WebSearchUserLocationServerTool as WebSearchUserLocationServerTool,
)
from openrouter_core.models.workspace import Workspace as Workspace
from openrouter_core.models.workspace_budget import WorkspaceBudget as WorkspaceBudget
from openrouter_core.models.workspace_budget_interval import (
    WorkspaceBudgetInterval as WorkspaceBudgetInterval,
)
from openrouter_core.models.workspace_member import WorkspaceMember as WorkspaceMember
