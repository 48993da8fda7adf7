# Generated from the OpenRouter OpenAPI spec (x-speakeasy-pagination) by `python -m codegen`; do not edit.
"""Every paginated function, with its operation id and pagination style."""

from __future__ import annotations

#: (function, operation id, pagination style) for each paginated operation.
PAGINATED = [
    ("batch_list", "listBatches", "cursor"),
    ("byok_list", "listBYOKKeys", "offset"),
    ("datasets_get_app_rankings", "getAppRankings", "offset"),
    ("datasets_get_session_cost", "getSessionCost", "offset"),
    ("embeddings_list_models", "listEmbeddingsModels", "offset"),
    ("external_users_list", "listExternalUsers", "offset"),
    ("files_list", "listFiles", "cursor"),
    ("guardrails_list", "listGuardrails", "offset"),
    ("guardrails_list_guardrail_key_assignments", "listGuardrailKeyAssignments", "offset"),
    ("guardrails_list_guardrail_member_assignments", "listGuardrailMemberAssignments", "offset"),
    ("guardrails_list_key_assignments", "listKeyAssignments", "offset"),
    ("guardrails_list_member_assignments", "listMemberAssignments", "offset"),
    ("models_list", "getModels", "offset"),
    ("models_list_for_user", "listModelsUser", "offset"),
    ("observability_list", "listObservabilityDestinations", "offset"),
    ("organization_list_members", "listOrganizationMembers", "offset"),
    ("presets_list", "listPresets", "offset"),
    ("presets_list_versions", "listPresetVersions", "offset"),
    ("scim_list_groups", "listScimGroups", "offset"),
    ("scim_list_mappings", "listScimGroupMappings", "offset"),
    ("workspaces_list", "listWorkspaces", "offset"),
    ("workspaces_list_members", "listWorkspaceMembers", "offset"),
]
