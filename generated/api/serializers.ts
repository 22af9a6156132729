// Produced by `npm run generate` (azbatch-codegen, an AutoRest extension) from the Azure Batch spec, api-version 2026-10-01.
// Do not edit: change the spec, autorest.md or codegen/ and regenerate.

import type * as Rest from "../rest/models.js";
import type * as RestOutput from "../rest/outputModels.js";
import type {
  AutoScaleRun,
  AutoScaleRunError,
  AutoUserSpecification,
  AutomaticOsUpgradePolicy,
  AzureBlobFileSystemConfiguration,
  AzureFileShareConfiguration,
  BatchAccountListSupportedImagesResult,
  BatchAffinityInfo,
  BatchApplication,
  BatchApplicationListResult,
  BatchApplicationPackageReference,
  BatchAutoPoolSpecification,
  BatchAutoPoolSpecificationUpdate,
  BatchContainerConfiguration,
  BatchContainerConfigurationUpdate,
  BatchCreateTaskCollectionResult,
  BatchDiffDiskSettings,
  BatchErrorBody,
  BatchErrorBodyDetail,
  BatchErrorMessage,
  BatchInboundNatPool,
  BatchJob,
  BatchJobConstraints,
  BatchJobCreateOptions,
  BatchJobDisableOptions,
  BatchJobExecutionInfo,
  BatchJobListResult,
  BatchJobManagerTask,
  BatchJobManagerTaskUpdate,
  BatchJobNetworkConfiguration,
  BatchJobNetworkConfigurationUpdate,
  BatchJobPreparationAndReleaseTaskStatus,
  BatchJobPreparationAndReleaseTaskStatusListResult,
  BatchJobPreparationTask,
  BatchJobPreparationTaskExecutionInfo,
  BatchJobPreparationTaskUpdate,
  BatchJobReleaseTask,
  BatchJobReleaseTaskExecutionInfo,
  BatchJobReleaseTaskUpdate,
  BatchJobSchedule,
  BatchJobScheduleConfiguration,
  BatchJobScheduleCreateOptions,
  BatchJobScheduleExecutionInfo,
  BatchJobScheduleListResult,
  BatchJobScheduleStatistics,
  BatchJobScheduleUpdateOptions,
  BatchJobSchedulingError,
  BatchJobSpecification,
  BatchJobSpecificationUpdate,
  BatchJobStatistics,
  BatchJobTerminateOptions,
  BatchJobUpdateOptions,
  BatchMetadataItem,
  BatchNode,
  BatchNodeAgentInfo,
  BatchNodeCounts,
  BatchNodeDeallocateOptions,
  BatchNodeDisableSchedulingOptions,
  BatchNodeEndpointConfiguration,
  BatchNodeError,
  BatchNodeFile,
  BatchNodeFileListResult,
  BatchNodeIdentityReference,
  BatchNodeInfo,
  BatchNodeListResult,
  BatchNodePlacementConfiguration,
  BatchNodeRebootOptions,
  BatchNodeReimageOptions,
  BatchNodeRemoteLoginSettings,
  BatchNodeRemoveOptions,
  BatchNodeUserCreateOptions,
  BatchNodeUserUpdateOptions,
  BatchNodeVMExtension,
  BatchNodeVMExtensionListResult,
  BatchOsDisk,
  BatchPool,
  BatchPoolCreateOptions,
  BatchPoolEnableAutoScaleOptions,
  BatchPoolEndpointConfiguration,
  BatchPoolEndpointConfigurationUpdate,
  BatchPoolEvaluateAutoScaleOptions,
  BatchPoolIdentity,
  BatchPoolIdentityReference,
  BatchPoolInfo,
  BatchPoolInfoUpdate,
  BatchPoolListResult,
  BatchPoolNodeCounts,
  BatchPoolNodeCountsListResult,
  BatchPoolReplaceOptions,
  BatchPoolResizeOptions,
  BatchPoolResourceStatistics,
  BatchPoolSpecification,
  BatchPoolSpecificationUpdate,
  BatchPoolStatistics,
  BatchPoolUpdateOptions,
  BatchPoolUsageStatistics,
  BatchPublicIpAddressConfiguration,
  BatchStartTask,
  BatchStartTaskInfo,
  BatchStartTaskUpdate,
  BatchSubtask,
  BatchSupportedImage,
  BatchTask,
  BatchTaskConstraints,
  BatchTaskContainerExecutionInfo,
  BatchTaskContainerSettings,
  BatchTaskContainerSettingsUpdate,
  BatchTaskCounts,
  BatchTaskCountsResult,
  BatchTaskCreateOptions,
  BatchTaskCreateResult,
  BatchTaskDependencies,
  BatchTaskExecutionInfo,
  BatchTaskFailureInfo,
  BatchTaskGroup,
  BatchTaskIdRange,
  BatchTaskInfo,
  BatchTaskListResult,
  BatchTaskListSubtasksResult,
  BatchTaskSchedulingPolicy,
  BatchTaskSchedulingPolicyUpdate,
  BatchTaskSlotCounts,
  BatchTaskStatistics,
  BatchUefiSettings,
  BatchUserAssignedIdentity,
  BatchVmDiskSecurityProfile,
  BatchVmImageReference,
  CifsMountConfiguration,
  ContainerHostBatchBindMountEntry,
  ContainerRegistryReference,
  DataDisk,
  DiskCustomerManagedKey,
  DiskEncryptionConfiguration,
  DiskEncryptionSetParameters,
  EnvironmentSetting,
  ExitCodeMapping,
  ExitCodeRangeMapping,
  ExitConditions,
  ExitOptions,
  FileProperties,
  HardwareProfile,
  HostEndpointSettings,
  IPTag,
  InboundEndpoint,
  InstanceViewStatus,
  LinuxUserConfiguration,
  ManagedDisk,
  MaxInstancePercentPerZonePolicy,
  MaxInstancePercentPerZonePolicyUpdate,
  MountConfiguration,
  MultiInstanceSettings,
  NameValuePair,
  NetworkConfiguration,
  NetworkConfigurationUpdate,
  NetworkSecurityGroupRule,
  NfsMountConfiguration,
  OutputFile,
  OutputFileBlobContainerDestination,
  OutputFileDestination,
  OutputFileUploadConfig,
  OutputFileUploadHeader,
  Placement,
  PlacementUpdate,
  ProxyAgentSettings,
  RecentBatchJob,
  ResiliencyPolicy,
  ResiliencyPolicyUpdate,
  ResizeError,
  ResourceFile,
  RollingUpgradePolicy,
  SecurityProfile,
  ServiceArtifactReference,
  ServiceArtifactReferenceUpdate,
  UpgradePolicy,
  UpgradePolicyUpdate,
  UploadBatchServiceLogsOptions,
  UploadBatchServiceLogsResult,
  UserAccount,
  UserIdentity,
  VMExtension,
  VMExtensionInstanceView,
  VMSizeProperties,
  VirtualMachineConfiguration,
  VirtualMachineConfigurationUpdate,
  VirtualMachineInfo,
  VirtualMachineSkuProfile,
  VirtualMachineSkuProfileVmSize,
  WindowsConfiguration,
  WindowsUserConfiguration,
  ZoneAllocationPolicy,
  ZoneAllocationPolicyUpdate,
} from "./models.js";

/**
 * Converts the wire form of a {@link AutoScaleRun} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function autoScaleRunDeserializer(item: RestOutput.AutoScaleRunOutput): AutoScaleRun {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.timestamp === undefined ? undefined : new Date(item.timestamp);
  if (value !== undefined) out["timestamp"] = value;
  value = item.results;
  if (value !== undefined) out["results"] = value;
  value = item.error === undefined ? undefined : autoScaleRunErrorDeserializer(item.error);
  if (value !== undefined) out["error"] = value;
  return out as unknown as AutoScaleRun;
}

/**
 * Converts the wire form of a {@link AutoScaleRunError} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function autoScaleRunErrorDeserializer(item: RestOutput.AutoScaleRunErrorOutput): AutoScaleRunError {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.code;
  if (value !== undefined) out["code"] = value;
  value = item.message;
  if (value !== undefined) out["message"] = value;
  value = item.values === undefined ? undefined : item.values.map((p) => nameValuePairDeserializer(p));
  if (value !== undefined) out["values"] = value;
  return out as unknown as AutoScaleRunError;
}

/**
 * Converts a {@link AutoUserSpecification} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function autoUserSpecificationSerializer(item: AutoUserSpecification): Rest.AutoUserSpecification {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.scope;
  if (value !== undefined) out["scope"] = value;
  value = item.elevationLevel;
  if (value !== undefined) out["elevationLevel"] = value;
  return out as unknown as Rest.AutoUserSpecification;
}

/**
 * Converts the wire form of a {@link AutoUserSpecification} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function autoUserSpecificationDeserializer(item: RestOutput.AutoUserSpecificationOutput): AutoUserSpecification {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.scope;
  if (value !== undefined) out["scope"] = value;
  value = item.elevationLevel;
  if (value !== undefined) out["elevationLevel"] = value;
  return out as unknown as AutoUserSpecification;
}

/**
 * Converts a {@link AutomaticOsUpgradePolicy} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function automaticOsUpgradePolicySerializer(item: AutomaticOsUpgradePolicy): Rest.AutomaticOsUpgradePolicy {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.disableAutomaticRollback;
  if (value !== undefined) out["disableAutomaticRollback"] = value;
  value = item.enableAutomaticOsUpgrade;
  if (value !== undefined) out["enableAutomaticOSUpgrade"] = value;
  value = item.useRollingUpgradePolicy;
  if (value !== undefined) out["useRollingUpgradePolicy"] = value;
  value = item.osRollingUpgradeDeferral;
  if (value !== undefined) out["osRollingUpgradeDeferral"] = value;
  return out as unknown as Rest.AutomaticOsUpgradePolicy;
}

/**
 * Converts the wire form of a {@link AutomaticOsUpgradePolicy} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function automaticOsUpgradePolicyDeserializer(
  item: RestOutput.AutomaticOsUpgradePolicyOutput,
): AutomaticOsUpgradePolicy {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.disableAutomaticRollback;
  if (value !== undefined) out["disableAutomaticRollback"] = value;
  value = item.enableAutomaticOSUpgrade;
  if (value !== undefined) out["enableAutomaticOsUpgrade"] = value;
  value = item.useRollingUpgradePolicy;
  if (value !== undefined) out["useRollingUpgradePolicy"] = value;
  value = item.osRollingUpgradeDeferral;
  if (value !== undefined) out["osRollingUpgradeDeferral"] = value;
  return out as unknown as AutomaticOsUpgradePolicy;
}

/**
 * Converts a {@link AzureBlobFileSystemConfiguration} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function azureBlobFileSystemConfigurationSerializer(
  item: AzureBlobFileSystemConfiguration,
): Rest.AzureBlobFileSystemConfiguration {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.accountName;
  if (value !== undefined) out["accountName"] = value;
  value = item.containerName;
  if (value !== undefined) out["containerName"] = value;
  value = item.accountKey;
  if (value !== undefined) out["accountKey"] = value;
  value = item.sasKey;
  if (value !== undefined) out["sasKey"] = value;
  value = item.blobfuseOptions;
  if (value !== undefined) out["blobfuseOptions"] = value;
  value = item.relativeMountPath;
  if (value !== undefined) out["relativeMountPath"] = value;
  value =
    item.identityReference === undefined ? undefined : batchNodeIdentityReferenceSerializer(item.identityReference);
  if (value !== undefined) out["identityReference"] = value;
  return out as unknown as Rest.AzureBlobFileSystemConfiguration;
}

/**
 * Converts the wire form of a {@link AzureBlobFileSystemConfiguration} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function azureBlobFileSystemConfigurationDeserializer(
  item: RestOutput.AzureBlobFileSystemConfigurationOutput,
): AzureBlobFileSystemConfiguration {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.accountName;
  if (value !== undefined) out["accountName"] = value;
  value = item.containerName;
  if (value !== undefined) out["containerName"] = value;
  value = item.accountKey;
  if (value !== undefined) out["accountKey"] = value;
  value = item.sasKey;
  if (value !== undefined) out["sasKey"] = value;
  value = item.blobfuseOptions;
  if (value !== undefined) out["blobfuseOptions"] = value;
  value = item.relativeMountPath;
  if (value !== undefined) out["relativeMountPath"] = value;
  value =
    item.identityReference === undefined ? undefined : batchNodeIdentityReferenceDeserializer(item.identityReference);
  if (value !== undefined) out["identityReference"] = value;
  return out as unknown as AzureBlobFileSystemConfiguration;
}

/**
 * Converts a {@link AzureFileShareConfiguration} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function azureFileShareConfigurationSerializer(
  item: AzureFileShareConfiguration,
): Rest.AzureFileShareConfiguration {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.accountName;
  if (value !== undefined) out["accountName"] = value;
  value = item.accountKey;
  if (value !== undefined) out["accountKey"] = value;
  value = item.azureFileUrl;
  if (value !== undefined) out["azureFileUrl"] = value;
  value = item.relativeMountPath;
  if (value !== undefined) out["relativeMountPath"] = value;
  value = item.mountOptions;
  if (value !== undefined) out["mountOptions"] = value;
  return out as unknown as Rest.AzureFileShareConfiguration;
}

/**
 * Converts the wire form of a {@link AzureFileShareConfiguration} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function azureFileShareConfigurationDeserializer(
  item: RestOutput.AzureFileShareConfigurationOutput,
): AzureFileShareConfiguration {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.accountName;
  if (value !== undefined) out["accountName"] = value;
  value = item.accountKey;
  if (value !== undefined) out["accountKey"] = value;
  value = item.azureFileUrl;
  if (value !== undefined) out["azureFileUrl"] = value;
  value = item.relativeMountPath;
  if (value !== undefined) out["relativeMountPath"] = value;
  value = item.mountOptions;
  if (value !== undefined) out["mountOptions"] = value;
  return out as unknown as AzureFileShareConfiguration;
}

/**
 * Converts the wire form of a {@link BatchAccountListSupportedImagesResult} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchAccountListSupportedImagesResultDeserializer(
  item: RestOutput.BatchAccountListSupportedImagesResultOutput,
): BatchAccountListSupportedImagesResult {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.value === undefined ? undefined : item.value.map((p) => batchSupportedImageDeserializer(p));
  if (value !== undefined) out["value"] = value;
  value = item["odata.nextLink"];
  if (value !== undefined) out["odataNextLink"] = value;
  return out as unknown as BatchAccountListSupportedImagesResult;
}

/**
 * Converts a {@link BatchAffinityInfo} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchAffinityInfoSerializer(item: BatchAffinityInfo): Rest.BatchAffinityInfo {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.affinityId;
  if (value !== undefined) out["affinityId"] = value;
  return out as unknown as Rest.BatchAffinityInfo;
}

/**
 * Converts the wire form of a {@link BatchAffinityInfo} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchAffinityInfoDeserializer(item: RestOutput.BatchAffinityInfoOutput): BatchAffinityInfo {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.affinityId;
  if (value !== undefined) out["affinityId"] = value;
  return out as unknown as BatchAffinityInfo;
}

/**
 * Converts the wire form of a {@link BatchApplication} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchApplicationDeserializer(item: RestOutput.BatchApplicationOutput): BatchApplication {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.id;
  if (value !== undefined) out["id"] = value;
  value = item.displayName;
  if (value !== undefined) out["displayName"] = value;
  value = item.versions;
  if (value !== undefined) out["versions"] = value;
  return out as unknown as BatchApplication;
}

/**
 * Converts the wire form of a {@link BatchApplicationListResult} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchApplicationListResultDeserializer(
  item: RestOutput.BatchApplicationListResultOutput,
): BatchApplicationListResult {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.value === undefined ? undefined : item.value.map((p) => batchApplicationDeserializer(p));
  if (value !== undefined) out["value"] = value;
  value = item["odata.nextLink"];
  if (value !== undefined) out["odataNextLink"] = value;
  return out as unknown as BatchApplicationListResult;
}

/**
 * Converts a {@link BatchApplicationPackageReference} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchApplicationPackageReferenceSerializer(
  item: BatchApplicationPackageReference,
): Rest.BatchApplicationPackageReference {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.applicationId;
  if (value !== undefined) out["applicationId"] = value;
  value = item.version;
  if (value !== undefined) out["version"] = value;
  return out as unknown as Rest.BatchApplicationPackageReference;
}

/**
 * Converts the wire form of a {@link BatchApplicationPackageReference} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchApplicationPackageReferenceDeserializer(
  item: RestOutput.BatchApplicationPackageReferenceOutput,
): BatchApplicationPackageReference {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.applicationId;
  if (value !== undefined) out["applicationId"] = value;
  value = item.version;
  if (value !== undefined) out["version"] = value;
  return out as unknown as BatchApplicationPackageReference;
}

/**
 * Converts a {@link BatchAutoPoolSpecification} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchAutoPoolSpecificationSerializer(
  item: BatchAutoPoolSpecification,
): Rest.BatchAutoPoolSpecification {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.autoPoolIdPrefix;
  if (value !== undefined) out["autoPoolIdPrefix"] = value;
  value = item.poolLifetimeOption;
  if (value !== undefined) out["poolLifetimeOption"] = value;
  value = item.keepAlive;
  if (value !== undefined) out["keepAlive"] = value;
  value = item.pool === undefined ? undefined : batchPoolSpecificationSerializer(item.pool);
  if (value !== undefined) out["pool"] = value;
  return out as unknown as Rest.BatchAutoPoolSpecification;
}

/**
 * Converts the wire form of a {@link BatchAutoPoolSpecification} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchAutoPoolSpecificationDeserializer(
  item: RestOutput.BatchAutoPoolSpecificationOutput,
): BatchAutoPoolSpecification {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.autoPoolIdPrefix;
  if (value !== undefined) out["autoPoolIdPrefix"] = value;
  value = item.poolLifetimeOption;
  if (value !== undefined) out["poolLifetimeOption"] = value;
  value = item.keepAlive;
  if (value !== undefined) out["keepAlive"] = value;
  value = item.pool === undefined ? undefined : batchPoolSpecificationDeserializer(item.pool);
  if (value !== undefined) out["pool"] = value;
  return out as unknown as BatchAutoPoolSpecification;
}

/**
 * Converts a {@link BatchAutoPoolSpecificationUpdate} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchAutoPoolSpecificationUpdateSerializer(
  item: BatchAutoPoolSpecificationUpdate,
): Rest.BatchAutoPoolSpecificationUpdate {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.autoPoolIdPrefix;
  if (value !== undefined) out["autoPoolIdPrefix"] = value;
  value = item.poolLifetimeOption;
  if (value !== undefined) out["poolLifetimeOption"] = value;
  value = item.keepAlive;
  if (value !== undefined) out["keepAlive"] = value;
  value = item.pool === undefined ? undefined : batchPoolSpecificationUpdateSerializer(item.pool);
  if (value !== undefined) out["pool"] = value;
  return out as unknown as Rest.BatchAutoPoolSpecificationUpdate;
}

/**
 * Converts a {@link BatchContainerConfiguration} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchContainerConfigurationSerializer(
  item: BatchContainerConfiguration,
): Rest.BatchContainerConfiguration {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.type;
  if (value !== undefined) out["type"] = value;
  value = item.containerImageNames;
  if (value !== undefined) out["containerImageNames"] = value;
  value =
    item.containerRegistries === undefined
      ? undefined
      : item.containerRegistries.map((p) => containerRegistryReferenceSerializer(p));
  if (value !== undefined) out["containerRegistries"] = value;
  return out as unknown as Rest.BatchContainerConfiguration;
}

/**
 * Converts the wire form of a {@link BatchContainerConfiguration} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchContainerConfigurationDeserializer(
  item: RestOutput.BatchContainerConfigurationOutput,
): BatchContainerConfiguration {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.type;
  if (value !== undefined) out["type"] = value;
  value = item.containerImageNames;
  if (value !== undefined) out["containerImageNames"] = value;
  value =
    item.containerRegistries === undefined
      ? undefined
      : item.containerRegistries.map((p) => containerRegistryReferenceDeserializer(p));
  if (value !== undefined) out["containerRegistries"] = value;
  return out as unknown as BatchContainerConfiguration;
}

/**
 * Converts a {@link BatchContainerConfigurationUpdate} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchContainerConfigurationUpdateSerializer(
  item: BatchContainerConfigurationUpdate,
): Rest.BatchContainerConfigurationUpdate {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.type;
  if (value !== undefined) out["type"] = value;
  value = item.containerImageNames;
  if (value !== undefined) out["containerImageNames"] = value;
  value =
    item.containerRegistries === undefined
      ? undefined
      : item.containerRegistries.map((p) => containerRegistryReferenceSerializer(p));
  if (value !== undefined) out["containerRegistries"] = value;
  return out as unknown as Rest.BatchContainerConfigurationUpdate;
}

/**
 * Converts the wire form of a {@link BatchCreateTaskCollectionResult} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchCreateTaskCollectionResultDeserializer(
  item: RestOutput.BatchCreateTaskCollectionResultOutput,
): BatchCreateTaskCollectionResult {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.value === undefined ? undefined : item.value.map((p) => batchTaskCreateResultDeserializer(p));
  if (value !== undefined) out["values"] = value;
  return out as unknown as BatchCreateTaskCollectionResult;
}

/**
 * Converts a {@link BatchDiffDiskSettings} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchDiffDiskSettingsSerializer(item: BatchDiffDiskSettings): Rest.BatchDiffDiskSettings {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.placement;
  if (value !== undefined) out["placement"] = value;
  return out as unknown as Rest.BatchDiffDiskSettings;
}

/**
 * Converts the wire form of a {@link BatchDiffDiskSettings} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchDiffDiskSettingsDeserializer(item: RestOutput.BatchDiffDiskSettingsOutput): BatchDiffDiskSettings {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.placement;
  if (value !== undefined) out["placement"] = value;
  return out as unknown as BatchDiffDiskSettings;
}

/**
 * Converts the wire form of a {@link BatchErrorBody} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchErrorBodyDeserializer(item: RestOutput.BatchErrorOutput): BatchErrorBody {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.code;
  if (value !== undefined) out["code"] = value;
  value = item.message === undefined ? undefined : batchErrorMessageDeserializer(item.message);
  if (value !== undefined) out["message"] = value;
  value = item.values === undefined ? undefined : item.values.map((p) => batchErrorBodyDetailDeserializer(p));
  if (value !== undefined) out["values"] = value;
  return out as unknown as BatchErrorBody;
}

/**
 * Converts the wire form of a {@link BatchErrorBodyDetail} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchErrorBodyDetailDeserializer(item: RestOutput.BatchErrorDetailOutput): BatchErrorBodyDetail {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.key;
  if (value !== undefined) out["key"] = value;
  value = item.value;
  if (value !== undefined) out["value"] = value;
  return out as unknown as BatchErrorBodyDetail;
}

/**
 * Converts the wire form of a {@link BatchErrorMessage} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchErrorMessageDeserializer(item: RestOutput.BatchErrorMessageOutput): BatchErrorMessage {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.lang;
  if (value !== undefined) out["lang"] = value;
  value = item.value;
  if (value !== undefined) out["value"] = value;
  return out as unknown as BatchErrorMessage;
}

/**
 * Converts a {@link BatchInboundNatPool} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchInboundNatPoolSerializer(item: BatchInboundNatPool): Rest.BatchInboundNatPool {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.name;
  if (value !== undefined) out["name"] = value;
  value = item.protocol;
  if (value !== undefined) out["protocol"] = value;
  value = item.backendPort;
  if (value !== undefined) out["backendPort"] = value;
  value = item.frontendPortRangeStart;
  if (value !== undefined) out["frontendPortRangeStart"] = value;
  value = item.frontendPortRangeEnd;
  if (value !== undefined) out["frontendPortRangeEnd"] = value;
  value =
    item.networkSecurityGroupRules === undefined
      ? undefined
      : item.networkSecurityGroupRules.map((p) => networkSecurityGroupRuleSerializer(p));
  if (value !== undefined) out["networkSecurityGroupRules"] = value;
  return out as unknown as Rest.BatchInboundNatPool;
}

/**
 * Converts the wire form of a {@link BatchInboundNatPool} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchInboundNatPoolDeserializer(item: RestOutput.BatchInboundNatPoolOutput): BatchInboundNatPool {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.name;
  if (value !== undefined) out["name"] = value;
  value = item.protocol;
  if (value !== undefined) out["protocol"] = value;
  value = item.backendPort;
  if (value !== undefined) out["backendPort"] = value;
  value = item.frontendPortRangeStart;
  if (value !== undefined) out["frontendPortRangeStart"] = value;
  value = item.frontendPortRangeEnd;
  if (value !== undefined) out["frontendPortRangeEnd"] = value;
  value =
    item.networkSecurityGroupRules === undefined
      ? undefined
      : item.networkSecurityGroupRules.map((p) => networkSecurityGroupRuleDeserializer(p));
  if (value !== undefined) out["networkSecurityGroupRules"] = value;
  return out as unknown as BatchInboundNatPool;
}

/**
 * Converts a {@link BatchJob} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchJobSerializer(item: BatchJob): Rest.BatchJob {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.priority;
  if (value !== undefined) out["priority"] = value;
  value = item.allowTaskPreemption;
  if (value !== undefined) out["allowTaskPreemption"] = value;
  value = item.maxParallelTasks;
  if (value !== undefined) out["maxParallelTasks"] = value;
  value = item.constraints === undefined ? undefined : batchJobConstraintsSerializer(item.constraints);
  if (value !== undefined) out["constraints"] = value;
  value = batchPoolInfoSerializer(item.poolInfo);
  if (value !== undefined) out["poolInfo"] = value;
  value = item.allTasksCompleteMode;
  if (value !== undefined) out["onAllTasksComplete"] = value;
  value = item.metadata === undefined ? undefined : item.metadata.map((p) => batchMetadataItemSerializer(p));
  if (value !== undefined) out["metadata"] = value;
  return out as unknown as Rest.BatchJob;
}

/**
 * Converts the wire form of a {@link BatchJob} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchJobDeserializer(item: RestOutput.BatchJobOutput): BatchJob {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.id;
  if (value !== undefined) out["id"] = value;
  value = item.displayName;
  if (value !== undefined) out["displayName"] = value;
  value = item.usesTaskDependencies;
  if (value !== undefined) out["usesTaskDependencies"] = value;
  value = item.url;
  if (value !== undefined) out["url"] = value;
  value = item.eTag;
  if (value !== undefined) out["eTag"] = value;
  value = item.lastModified === undefined ? undefined : new Date(item.lastModified);
  if (value !== undefined) out["lastModified"] = value;
  value = item.creationTime === undefined ? undefined : new Date(item.creationTime);
  if (value !== undefined) out["creationTime"] = value;
  value = item.state;
  if (value !== undefined) out["state"] = value;
  value = item.stateTransitionTime === undefined ? undefined : new Date(item.stateTransitionTime);
  if (value !== undefined) out["stateTransitionTime"] = value;
  value = item.previousState;
  if (value !== undefined) out["previousState"] = value;
  value = item.previousStateTransitionTime === undefined ? undefined : new Date(item.previousStateTransitionTime);
  if (value !== undefined) out["previousStateTransitionTime"] = value;
  value = item.priority;
  if (value !== undefined) out["priority"] = value;
  value = item.allowTaskPreemption;
  if (value !== undefined) out["allowTaskPreemption"] = value;
  value = item.maxParallelTasks;
  if (value !== undefined) out["maxParallelTasks"] = value;
  value = item.constraints === undefined ? undefined : batchJobConstraintsDeserializer(item.constraints);
  if (value !== undefined) out["constraints"] = value;
  value = item.jobManagerTask === undefined ? undefined : batchJobManagerTaskDeserializer(item.jobManagerTask);
  if (value !== undefined) out["jobManagerTask"] = value;
  value =
    item.jobPreparationTask === undefined ? undefined : batchJobPreparationTaskDeserializer(item.jobPreparationTask);
  if (value !== undefined) out["jobPreparationTask"] = value;
  value = item.jobReleaseTask === undefined ? undefined : batchJobReleaseTaskDeserializer(item.jobReleaseTask);
  if (value !== undefined) out["jobReleaseTask"] = value;
  value =
    item.commonEnvironmentSettings === undefined
      ? undefined
      : item.commonEnvironmentSettings.map((p) => environmentSettingDeserializer(p));
  if (value !== undefined) out["commonEnvironmentSettings"] = value;
  value = item.poolInfo === undefined ? undefined : batchPoolInfoDeserializer(item.poolInfo);
  if (value !== undefined) out["poolInfo"] = value;
  value = item.onAllTasksComplete;
  if (value !== undefined) out["allTasksCompleteMode"] = value;
  value = item.onTaskFailure;
  if (value !== undefined) out["taskFailureMode"] = value;
  value =
    item.networkConfiguration === undefined
      ? undefined
      : batchJobNetworkConfigurationDeserializer(item.networkConfiguration);
  if (value !== undefined) out["networkConfiguration"] = value;
  value = item.metadata === undefined ? undefined : item.metadata.map((p) => batchMetadataItemDeserializer(p));
  if (value !== undefined) out["metadata"] = value;
  value = item.executionInfo === undefined ? undefined : batchJobExecutionInfoDeserializer(item.executionInfo);
  if (value !== undefined) out["executionInfo"] = value;
  value = item.stats === undefined ? undefined : batchJobStatisticsDeserializer(item.stats);
  if (value !== undefined) out["jobStatistics"] = value;
  return out as unknown as BatchJob;
}

/**
 * Converts a {@link BatchJobConstraints} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchJobConstraintsSerializer(item: BatchJobConstraints): Rest.BatchJobConstraints {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.maxWallClockTime;
  if (value !== undefined) out["maxWallClockTime"] = value;
  value = item.maxTaskRetryCount;
  if (value !== undefined) out["maxTaskRetryCount"] = value;
  return out as unknown as Rest.BatchJobConstraints;
}

/**
 * Converts the wire form of a {@link BatchJobConstraints} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchJobConstraintsDeserializer(item: RestOutput.BatchJobConstraintsOutput): BatchJobConstraints {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.maxWallClockTime;
  if (value !== undefined) out["maxWallClockTime"] = value;
  value = item.maxTaskRetryCount;
  if (value !== undefined) out["maxTaskRetryCount"] = value;
  return out as unknown as BatchJobConstraints;
}

/**
 * Converts a {@link BatchJobCreateOptions} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchJobCreateOptionsSerializer(item: BatchJobCreateOptions): Rest.BatchJobCreateOptions {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.id;
  if (value !== undefined) out["id"] = value;
  value = item.displayName;
  if (value !== undefined) out["displayName"] = value;
  value = item.usesTaskDependencies;
  if (value !== undefined) out["usesTaskDependencies"] = value;
  value = item.priority;
  if (value !== undefined) out["priority"] = value;
  value = item.allowTaskPreemption;
  if (value !== undefined) out["allowTaskPreemption"] = value;
  value = item.maxParallelTasks;
  if (value !== undefined) out["maxParallelTasks"] = value;
  value = item.constraints === undefined ? undefined : batchJobConstraintsSerializer(item.constraints);
  if (value !== undefined) out["constraints"] = value;
  value = item.jobManagerTask === undefined ? undefined : batchJobManagerTaskSerializer(item.jobManagerTask);
  if (value !== undefined) out["jobManagerTask"] = value;
  value =
    item.jobPreparationTask === undefined ? undefined : batchJobPreparationTaskSerializer(item.jobPreparationTask);
  if (value !== undefined) out["jobPreparationTask"] = value;
  value = item.jobReleaseTask === undefined ? undefined : batchJobReleaseTaskSerializer(item.jobReleaseTask);
  if (value !== undefined) out["jobReleaseTask"] = value;
  value =
    item.commonEnvironmentSettings === undefined
      ? undefined
      : item.commonEnvironmentSettings.map((p) => environmentSettingSerializer(p));
  if (value !== undefined) out["commonEnvironmentSettings"] = value;
  value = batchPoolInfoSerializer(item.poolInfo);
  if (value !== undefined) out["poolInfo"] = value;
  value = item.allTasksCompleteMode;
  if (value !== undefined) out["onAllTasksComplete"] = value;
  value = item.taskFailureMode;
  if (value !== undefined) out["onTaskFailure"] = value;
  value =
    item.networkConfiguration === undefined
      ? undefined
      : batchJobNetworkConfigurationSerializer(item.networkConfiguration);
  if (value !== undefined) out["networkConfiguration"] = value;
  value = item.metadata === undefined ? undefined : item.metadata.map((p) => batchMetadataItemSerializer(p));
  if (value !== undefined) out["metadata"] = value;
  return out as unknown as Rest.BatchJobCreateOptions;
}

/**
 * Converts a {@link BatchJobDisableOptions} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchJobDisableOptionsSerializer(item: BatchJobDisableOptions): Rest.BatchJobDisableOptions {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.disableTasks;
  if (value !== undefined) out["disableTasks"] = value;
  return out as unknown as Rest.BatchJobDisableOptions;
}

/**
 * Converts a {@link BatchJobExecutionInfo} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchJobExecutionInfoSerializer(item: BatchJobExecutionInfo): Rest.BatchJobExecutionInfo {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.startTime.toISOString();
  if (value !== undefined) out["startTime"] = value;
  value = item.endTime === undefined ? undefined : item.endTime.toISOString();
  if (value !== undefined) out["endTime"] = value;
  value = item.poolId;
  if (value !== undefined) out["poolId"] = value;
  value = item.schedulingError === undefined ? undefined : batchJobSchedulingErrorSerializer(item.schedulingError);
  if (value !== undefined) out["schedulingError"] = value;
  value = item.terminationReason;
  if (value !== undefined) out["terminateReason"] = value;
  return out as unknown as Rest.BatchJobExecutionInfo;
}

/**
 * Converts the wire form of a {@link BatchJobExecutionInfo} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchJobExecutionInfoDeserializer(item: RestOutput.BatchJobExecutionInfoOutput): BatchJobExecutionInfo {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.startTime === undefined ? undefined : new Date(item.startTime);
  if (value !== undefined) out["startTime"] = value;
  value = item.endTime === undefined ? undefined : new Date(item.endTime);
  if (value !== undefined) out["endTime"] = value;
  value = item.poolId;
  if (value !== undefined) out["poolId"] = value;
  value = item.schedulingError === undefined ? undefined : batchJobSchedulingErrorDeserializer(item.schedulingError);
  if (value !== undefined) out["schedulingError"] = value;
  value = item.terminateReason;
  if (value !== undefined) out["terminationReason"] = value;
  return out as unknown as BatchJobExecutionInfo;
}

/**
 * Converts the wire form of a {@link BatchJobListResult} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchJobListResultDeserializer(item: RestOutput.BatchJobListResultOutput): BatchJobListResult {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.value === undefined ? undefined : item.value.map((p) => batchJobDeserializer(p));
  if (value !== undefined) out["value"] = value;
  value = item["odata.nextLink"];
  if (value !== undefined) out["odataNextLink"] = value;
  return out as unknown as BatchJobListResult;
}

/**
 * Converts a {@link BatchJobManagerTask} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchJobManagerTaskSerializer(item: BatchJobManagerTask): Rest.BatchJobManagerTask {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.id;
  if (value !== undefined) out["id"] = value;
  value = item.displayName;
  if (value !== undefined) out["displayName"] = value;
  value = item.commandLine;
  if (value !== undefined) out["commandLine"] = value;
  value =
    item.containerSettings === undefined ? undefined : batchTaskContainerSettingsSerializer(item.containerSettings);
  if (value !== undefined) out["containerSettings"] = value;
  value = item.resourceFiles === undefined ? undefined : item.resourceFiles.map((p) => resourceFileSerializer(p));
  if (value !== undefined) out["resourceFiles"] = value;
  value = item.outputFiles === undefined ? undefined : item.outputFiles.map((p) => outputFileSerializer(p));
  if (value !== undefined) out["outputFiles"] = value;
  value =
    item.environmentSettings === undefined
      ? undefined
      : item.environmentSettings.map((p) => environmentSettingSerializer(p));
  if (value !== undefined) out["environmentSettings"] = value;
  value = item.constraints === undefined ? undefined : batchTaskConstraintsSerializer(item.constraints);
  if (value !== undefined) out["constraints"] = value;
  value = item.requiredSlots;
  if (value !== undefined) out["requiredSlots"] = value;
  value = item.killJobOnCompletion;
  if (value !== undefined) out["killJobOnCompletion"] = value;
  value = item.userIdentity === undefined ? undefined : userIdentitySerializer(item.userIdentity);
  if (value !== undefined) out["userIdentity"] = value;
  value = item.runExclusive;
  if (value !== undefined) out["runExclusive"] = value;
  value =
    item.applicationPackageReferences === undefined
      ? undefined
      : item.applicationPackageReferences.map((p) => batchApplicationPackageReferenceSerializer(p));
  if (value !== undefined) out["applicationPackageReferences"] = value;
  value = item.allowLowPriorityNode;
  if (value !== undefined) out["allowLowPriorityNode"] = value;
  return out as unknown as Rest.BatchJobManagerTask;
}

/**
 * Converts the wire form of a {@link BatchJobManagerTask} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchJobManagerTaskDeserializer(item: RestOutput.BatchJobManagerTaskOutput): BatchJobManagerTask {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.id;
  if (value !== undefined) out["id"] = value;
  value = item.displayName;
  if (value !== undefined) out["displayName"] = value;
  value = item.commandLine;
  if (value !== undefined) out["commandLine"] = value;
  value =
    item.containerSettings === undefined ? undefined : batchTaskContainerSettingsDeserializer(item.containerSettings);
  if (value !== undefined) out["containerSettings"] = value;
  value = item.resourceFiles === undefined ? undefined : item.resourceFiles.map((p) => resourceFileDeserializer(p));
  if (value !== undefined) out["resourceFiles"] = value;
  value = item.outputFiles === undefined ? undefined : item.outputFiles.map((p) => outputFileDeserializer(p));
  if (value !== undefined) out["outputFiles"] = value;
  value =
    item.environmentSettings === undefined
      ? undefined
      : item.environmentSettings.map((p) => environmentSettingDeserializer(p));
  if (value !== undefined) out["environmentSettings"] = value;
  value = item.constraints === undefined ? undefined : batchTaskConstraintsDeserializer(item.constraints);
  if (value !== undefined) out["constraints"] = value;
  value = item.requiredSlots;
  if (value !== undefined) out["requiredSlots"] = value;
  value = item.killJobOnCompletion;
  if (value !== undefined) out["killJobOnCompletion"] = value;
  value = item.userIdentity === undefined ? undefined : userIdentityDeserializer(item.userIdentity);
  if (value !== undefined) out["userIdentity"] = value;
  value = item.runExclusive;
  if (value !== undefined) out["runExclusive"] = value;
  value =
    item.applicationPackageReferences === undefined
      ? undefined
      : item.applicationPackageReferences.map((p) => batchApplicationPackageReferenceDeserializer(p));
  if (value !== undefined) out["applicationPackageReferences"] = value;
  value = item.allowLowPriorityNode;
  if (value !== undefined) out["allowLowPriorityNode"] = value;
  return out as unknown as BatchJobManagerTask;
}

/**
 * Converts a {@link BatchJobManagerTaskUpdate} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchJobManagerTaskUpdateSerializer(item: BatchJobManagerTaskUpdate): Rest.BatchJobManagerTaskUpdate {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.id;
  if (value !== undefined) out["id"] = value;
  value = item.displayName;
  if (value !== undefined) out["displayName"] = value;
  value = item.commandLine;
  if (value !== undefined) out["commandLine"] = value;
  value =
    item.containerSettings === undefined
      ? undefined
      : batchTaskContainerSettingsUpdateSerializer(item.containerSettings);
  if (value !== undefined) out["containerSettings"] = value;
  value = item.resourceFiles === undefined ? undefined : item.resourceFiles.map((p) => resourceFileSerializer(p));
  if (value !== undefined) out["resourceFiles"] = value;
  value = item.outputFiles === undefined ? undefined : item.outputFiles.map((p) => outputFileSerializer(p));
  if (value !== undefined) out["outputFiles"] = value;
  value =
    item.environmentSettings === undefined
      ? undefined
      : item.environmentSettings.map((p) => environmentSettingSerializer(p));
  if (value !== undefined) out["environmentSettings"] = value;
  value = item.constraints === undefined ? undefined : batchTaskConstraintsSerializer(item.constraints);
  if (value !== undefined) out["constraints"] = value;
  value = item.requiredSlots;
  if (value !== undefined) out["requiredSlots"] = value;
  value = item.killJobOnCompletion;
  if (value !== undefined) out["killJobOnCompletion"] = value;
  value = item.userIdentity === undefined ? undefined : userIdentitySerializer(item.userIdentity);
  if (value !== undefined) out["userIdentity"] = value;
  value = item.runExclusive;
  if (value !== undefined) out["runExclusive"] = value;
  value =
    item.applicationPackageReferences === undefined
      ? undefined
      : item.applicationPackageReferences.map((p) => batchApplicationPackageReferenceSerializer(p));
  if (value !== undefined) out["applicationPackageReferences"] = value;
  value = item.allowLowPriorityNode;
  if (value !== undefined) out["allowLowPriorityNode"] = value;
  return out as unknown as Rest.BatchJobManagerTaskUpdate;
}

/**
 * Converts a {@link BatchJobNetworkConfiguration} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchJobNetworkConfigurationSerializer(
  item: BatchJobNetworkConfiguration,
): Rest.BatchJobNetworkConfiguration {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.subnetId;
  if (value !== undefined) out["subnetId"] = value;
  value = item.skipWithdrawFromVnet;
  if (value !== undefined) out["skipWithdrawFromVNet"] = value;
  return out as unknown as Rest.BatchJobNetworkConfiguration;
}

/**
 * Converts the wire form of a {@link BatchJobNetworkConfiguration} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchJobNetworkConfigurationDeserializer(
  item: RestOutput.BatchJobNetworkConfigurationOutput,
): BatchJobNetworkConfiguration {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.subnetId;
  if (value !== undefined) out["subnetId"] = value;
  value = item.skipWithdrawFromVNet;
  if (value !== undefined) out["skipWithdrawFromVnet"] = value;
  return out as unknown as BatchJobNetworkConfiguration;
}

/**
 * Converts a {@link BatchJobNetworkConfigurationUpdate} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchJobNetworkConfigurationUpdateSerializer(
  item: BatchJobNetworkConfigurationUpdate,
): Rest.BatchJobNetworkConfigurationUpdate {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.subnetId;
  if (value !== undefined) out["subnetId"] = value;
  value = item.skipWithdrawFromVnet;
  if (value !== undefined) out["skipWithdrawFromVNet"] = value;
  return out as unknown as Rest.BatchJobNetworkConfigurationUpdate;
}

/**
 * Converts the wire form of a {@link BatchJobPreparationAndReleaseTaskStatus} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchJobPreparationAndReleaseTaskStatusDeserializer(
  item: RestOutput.BatchJobPreparationAndReleaseTaskStatusOutput,
): BatchJobPreparationAndReleaseTaskStatus {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.poolId;
  if (value !== undefined) out["poolId"] = value;
  value = item.nodeId;
  if (value !== undefined) out["nodeId"] = value;
  value = item.nodeUrl;
  if (value !== undefined) out["nodeUrl"] = value;
  value =
    item.jobPreparationTaskExecutionInfo === undefined
      ? undefined
      : batchJobPreparationTaskExecutionInfoDeserializer(item.jobPreparationTaskExecutionInfo);
  if (value !== undefined) out["jobPreparationTaskExecutionInfo"] = value;
  value =
    item.jobReleaseTaskExecutionInfo === undefined
      ? undefined
      : batchJobReleaseTaskExecutionInfoDeserializer(item.jobReleaseTaskExecutionInfo);
  if (value !== undefined) out["jobReleaseTaskExecutionInfo"] = value;
  return out as unknown as BatchJobPreparationAndReleaseTaskStatus;
}

/**
 * Converts the wire form of a {@link BatchJobPreparationAndReleaseTaskStatusListResult} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchJobPreparationAndReleaseTaskStatusListResultDeserializer(
  item: RestOutput.BatchJobPreparationAndReleaseTaskStatusListResultOutput,
): BatchJobPreparationAndReleaseTaskStatusListResult {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value =
    item.value === undefined
      ? undefined
      : item.value.map((p) => batchJobPreparationAndReleaseTaskStatusDeserializer(p));
  if (value !== undefined) out["value"] = value;
  value = item["odata.nextLink"];
  if (value !== undefined) out["odataNextLink"] = value;
  return out as unknown as BatchJobPreparationAndReleaseTaskStatusListResult;
}

/**
 * Converts a {@link BatchJobPreparationTask} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchJobPreparationTaskSerializer(item: BatchJobPreparationTask): Rest.BatchJobPreparationTask {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.id;
  if (value !== undefined) out["id"] = value;
  value = item.commandLine;
  if (value !== undefined) out["commandLine"] = value;
  value =
    item.containerSettings === undefined ? undefined : batchTaskContainerSettingsSerializer(item.containerSettings);
  if (value !== undefined) out["containerSettings"] = value;
  value = item.resourceFiles === undefined ? undefined : item.resourceFiles.map((p) => resourceFileSerializer(p));
  if (value !== undefined) out["resourceFiles"] = value;
  value =
    item.environmentSettings === undefined
      ? undefined
      : item.environmentSettings.map((p) => environmentSettingSerializer(p));
  if (value !== undefined) out["environmentSettings"] = value;
  value = item.constraints === undefined ? undefined : batchTaskConstraintsSerializer(item.constraints);
  if (value !== undefined) out["constraints"] = value;
  value = item.waitForSuccess;
  if (value !== undefined) out["waitForSuccess"] = value;
  value = item.userIdentity === undefined ? undefined : userIdentitySerializer(item.userIdentity);
  if (value !== undefined) out["userIdentity"] = value;
  value = item.rerunOnNodeRebootAfterSuccess;
  if (value !== undefined) out["rerunOnNodeRebootAfterSuccess"] = value;
  return out as unknown as Rest.BatchJobPreparationTask;
}

/**
 * Converts the wire form of a {@link BatchJobPreparationTask} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchJobPreparationTaskDeserializer(
  item: RestOutput.BatchJobPreparationTaskOutput,
): BatchJobPreparationTask {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.id;
  if (value !== undefined) out["id"] = value;
  value = item.commandLine;
  if (value !== undefined) out["commandLine"] = value;
  value =
    item.containerSettings === undefined ? undefined : batchTaskContainerSettingsDeserializer(item.containerSettings);
  if (value !== undefined) out["containerSettings"] = value;
  value = item.resourceFiles === undefined ? undefined : item.resourceFiles.map((p) => resourceFileDeserializer(p));
  if (value !== undefined) out["resourceFiles"] = value;
  value =
    item.environmentSettings === undefined
      ? undefined
      : item.environmentSettings.map((p) => environmentSettingDeserializer(p));
  if (value !== undefined) out["environmentSettings"] = value;
  value = item.constraints === undefined ? undefined : batchTaskConstraintsDeserializer(item.constraints);
  if (value !== undefined) out["constraints"] = value;
  value = item.waitForSuccess;
  if (value !== undefined) out["waitForSuccess"] = value;
  value = item.userIdentity === undefined ? undefined : userIdentityDeserializer(item.userIdentity);
  if (value !== undefined) out["userIdentity"] = value;
  value = item.rerunOnNodeRebootAfterSuccess;
  if (value !== undefined) out["rerunOnNodeRebootAfterSuccess"] = value;
  return out as unknown as BatchJobPreparationTask;
}

/**
 * Converts the wire form of a {@link BatchJobPreparationTaskExecutionInfo} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchJobPreparationTaskExecutionInfoDeserializer(
  item: RestOutput.BatchJobPreparationTaskExecutionInfoOutput,
): BatchJobPreparationTaskExecutionInfo {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.startTime === undefined ? undefined : new Date(item.startTime);
  if (value !== undefined) out["startTime"] = value;
  value = item.endTime === undefined ? undefined : new Date(item.endTime);
  if (value !== undefined) out["endTime"] = value;
  value = item.state;
  if (value !== undefined) out["state"] = value;
  value = item.taskRootDirectory;
  if (value !== undefined) out["taskRootDirectory"] = value;
  value = item.taskRootDirectoryUrl;
  if (value !== undefined) out["taskRootDirectoryUrl"] = value;
  value = item.exitCode;
  if (value !== undefined) out["exitCode"] = value;
  value =
    item.containerInfo === undefined ? undefined : batchTaskContainerExecutionInfoDeserializer(item.containerInfo);
  if (value !== undefined) out["containerInfo"] = value;
  value = item.failureInfo === undefined ? undefined : batchTaskFailureInfoDeserializer(item.failureInfo);
  if (value !== undefined) out["failureInfo"] = value;
  value = item.retryCount;
  if (value !== undefined) out["retryCount"] = value;
  value = item.lastRetryTime === undefined ? undefined : new Date(item.lastRetryTime);
  if (value !== undefined) out["lastRetryTime"] = value;
  value = item.result;
  if (value !== undefined) out["result"] = value;
  return out as unknown as BatchJobPreparationTaskExecutionInfo;
}

/**
 * Converts a {@link BatchJobPreparationTaskUpdate} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchJobPreparationTaskUpdateSerializer(
  item: BatchJobPreparationTaskUpdate,
): Rest.BatchJobPreparationTaskUpdate {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.id;
  if (value !== undefined) out["id"] = value;
  value = item.commandLine;
  if (value !== undefined) out["commandLine"] = value;
  value =
    item.containerSettings === undefined
      ? undefined
      : batchTaskContainerSettingsUpdateSerializer(item.containerSettings);
  if (value !== undefined) out["containerSettings"] = value;
  value = item.resourceFiles === undefined ? undefined : item.resourceFiles.map((p) => resourceFileSerializer(p));
  if (value !== undefined) out["resourceFiles"] = value;
  value =
    item.environmentSettings === undefined
      ? undefined
      : item.environmentSettings.map((p) => environmentSettingSerializer(p));
  if (value !== undefined) out["environmentSettings"] = value;
  value = item.constraints === undefined ? undefined : batchTaskConstraintsSerializer(item.constraints);
  if (value !== undefined) out["constraints"] = value;
  value = item.waitForSuccess;
  if (value !== undefined) out["waitForSuccess"] = value;
  value = item.userIdentity === undefined ? undefined : userIdentitySerializer(item.userIdentity);
  if (value !== undefined) out["userIdentity"] = value;
  value = item.rerunOnNodeRebootAfterSuccess;
  if (value !== undefined) out["rerunOnNodeRebootAfterSuccess"] = value;
  return out as unknown as Rest.BatchJobPreparationTaskUpdate;
}

/**
 * Converts a {@link BatchJobReleaseTask} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchJobReleaseTaskSerializer(item: BatchJobReleaseTask): Rest.BatchJobReleaseTask {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.id;
  if (value !== undefined) out["id"] = value;
  value = item.commandLine;
  if (value !== undefined) out["commandLine"] = value;
  value =
    item.containerSettings === undefined ? undefined : batchTaskContainerSettingsSerializer(item.containerSettings);
  if (value !== undefined) out["containerSettings"] = value;
  value = item.resourceFiles === undefined ? undefined : item.resourceFiles.map((p) => resourceFileSerializer(p));
  if (value !== undefined) out["resourceFiles"] = value;
  value =
    item.environmentSettings === undefined
      ? undefined
      : item.environmentSettings.map((p) => environmentSettingSerializer(p));
  if (value !== undefined) out["environmentSettings"] = value;
  value = item.maxWallClockTime;
  if (value !== undefined) out["maxWallClockTime"] = value;
  value = item.retentionTime;
  if (value !== undefined) out["retentionTime"] = value;
  value = item.userIdentity === undefined ? undefined : userIdentitySerializer(item.userIdentity);
  if (value !== undefined) out["userIdentity"] = value;
  return out as unknown as Rest.BatchJobReleaseTask;
}

/**
 * Converts the wire form of a {@link BatchJobReleaseTask} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchJobReleaseTaskDeserializer(item: RestOutput.BatchJobReleaseTaskOutput): BatchJobReleaseTask {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.id;
  if (value !== undefined) out["id"] = value;
  value = item.commandLine;
  if (value !== undefined) out["commandLine"] = value;
  value =
    item.containerSettings === undefined ? undefined : batchTaskContainerSettingsDeserializer(item.containerSettings);
  if (value !== undefined) out["containerSettings"] = value;
  value = item.resourceFiles === undefined ? undefined : item.resourceFiles.map((p) => resourceFileDeserializer(p));
  if (value !== undefined) out["resourceFiles"] = value;
  value =
    item.environmentSettings === undefined
      ? undefined
      : item.environmentSettings.map((p) => environmentSettingDeserializer(p));
  if (value !== undefined) out["environmentSettings"] = value;
  value = item.maxWallClockTime;
  if (value !== undefined) out["maxWallClockTime"] = value;
  value = item.retentionTime;
  if (value !== undefined) out["retentionTime"] = value;
  value = item.userIdentity === undefined ? undefined : userIdentityDeserializer(item.userIdentity);
  if (value !== undefined) out["userIdentity"] = value;
  return out as unknown as BatchJobReleaseTask;
}

/**
 * Converts the wire form of a {@link BatchJobReleaseTaskExecutionInfo} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchJobReleaseTaskExecutionInfoDeserializer(
  item: RestOutput.BatchJobReleaseTaskExecutionInfoOutput,
): BatchJobReleaseTaskExecutionInfo {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.startTime === undefined ? undefined : new Date(item.startTime);
  if (value !== undefined) out["startTime"] = value;
  value = item.endTime === undefined ? undefined : new Date(item.endTime);
  if (value !== undefined) out["endTime"] = value;
  value = item.state;
  if (value !== undefined) out["state"] = value;
  value = item.taskRootDirectory;
  if (value !== undefined) out["taskRootDirectory"] = value;
  value = item.taskRootDirectoryUrl;
  if (value !== undefined) out["taskRootDirectoryUrl"] = value;
  value = item.exitCode;
  if (value !== undefined) out["exitCode"] = value;
  value =
    item.containerInfo === undefined ? undefined : batchTaskContainerExecutionInfoDeserializer(item.containerInfo);
  if (value !== undefined) out["containerInfo"] = value;
  value = item.failureInfo === undefined ? undefined : batchTaskFailureInfoDeserializer(item.failureInfo);
  if (value !== undefined) out["failureInfo"] = value;
  value = item.result;
  if (value !== undefined) out["result"] = value;
  return out as unknown as BatchJobReleaseTaskExecutionInfo;
}

/**
 * Converts a {@link BatchJobReleaseTaskUpdate} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchJobReleaseTaskUpdateSerializer(item: BatchJobReleaseTaskUpdate): Rest.BatchJobReleaseTaskUpdate {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.id;
  if (value !== undefined) out["id"] = value;
  value = item.commandLine;
  if (value !== undefined) out["commandLine"] = value;
  value =
    item.containerSettings === undefined
      ? undefined
      : batchTaskContainerSettingsUpdateSerializer(item.containerSettings);
  if (value !== undefined) out["containerSettings"] = value;
  value = item.resourceFiles === undefined ? undefined : item.resourceFiles.map((p) => resourceFileSerializer(p));
  if (value !== undefined) out["resourceFiles"] = value;
  value =
    item.environmentSettings === undefined
      ? undefined
      : item.environmentSettings.map((p) => environmentSettingSerializer(p));
  if (value !== undefined) out["environmentSettings"] = value;
  value = item.maxWallClockTime;
  if (value !== undefined) out["maxWallClockTime"] = value;
  value = item.retentionTime;
  if (value !== undefined) out["retentionTime"] = value;
  value = item.userIdentity === undefined ? undefined : userIdentitySerializer(item.userIdentity);
  if (value !== undefined) out["userIdentity"] = value;
  return out as unknown as Rest.BatchJobReleaseTaskUpdate;
}

/**
 * Converts a {@link BatchJobSchedule} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchJobScheduleSerializer(item: BatchJobSchedule): Rest.BatchJobSchedule {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.schedule === undefined ? undefined : batchJobScheduleConfigurationSerializer(item.schedule);
  if (value !== undefined) out["schedule"] = value;
  value = batchJobSpecificationSerializer(item.jobSpecification);
  if (value !== undefined) out["jobSpecification"] = value;
  value = item.metadata === undefined ? undefined : item.metadata.map((p) => batchMetadataItemSerializer(p));
  if (value !== undefined) out["metadata"] = value;
  return out as unknown as Rest.BatchJobSchedule;
}

/**
 * Converts the wire form of a {@link BatchJobSchedule} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchJobScheduleDeserializer(item: RestOutput.BatchJobScheduleOutput): BatchJobSchedule {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.id;
  if (value !== undefined) out["id"] = value;
  value = item.displayName;
  if (value !== undefined) out["displayName"] = value;
  value = item.url;
  if (value !== undefined) out["url"] = value;
  value = item.eTag;
  if (value !== undefined) out["eTag"] = value;
  value = item.lastModified === undefined ? undefined : new Date(item.lastModified);
  if (value !== undefined) out["lastModified"] = value;
  value = item.creationTime === undefined ? undefined : new Date(item.creationTime);
  if (value !== undefined) out["creationTime"] = value;
  value = item.state;
  if (value !== undefined) out["state"] = value;
  value = item.stateTransitionTime === undefined ? undefined : new Date(item.stateTransitionTime);
  if (value !== undefined) out["stateTransitionTime"] = value;
  value = item.previousState;
  if (value !== undefined) out["previousState"] = value;
  value = item.previousStateTransitionTime === undefined ? undefined : new Date(item.previousStateTransitionTime);
  if (value !== undefined) out["previousStateTransitionTime"] = value;
  value = item.schedule === undefined ? undefined : batchJobScheduleConfigurationDeserializer(item.schedule);
  if (value !== undefined) out["schedule"] = value;
  value = item.jobSpecification === undefined ? undefined : batchJobSpecificationDeserializer(item.jobSpecification);
  if (value !== undefined) out["jobSpecification"] = value;
  value = item.executionInfo === undefined ? undefined : batchJobScheduleExecutionInfoDeserializer(item.executionInfo);
  if (value !== undefined) out["executionInfo"] = value;
  value = item.metadata === undefined ? undefined : item.metadata.map((p) => batchMetadataItemDeserializer(p));
  if (value !== undefined) out["metadata"] = value;
  value = item.stats === undefined ? undefined : batchJobScheduleStatisticsDeserializer(item.stats);
  if (value !== undefined) out["jobScheduleStatistics"] = value;
  return out as unknown as BatchJobSchedule;
}

/**
 * Converts a {@link BatchJobScheduleConfiguration} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchJobScheduleConfigurationSerializer(
  item: BatchJobScheduleConfiguration,
): Rest.BatchJobScheduleConfiguration {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.doNotRunUntil === undefined ? undefined : item.doNotRunUntil.toISOString();
  if (value !== undefined) out["doNotRunUntil"] = value;
  value = item.doNotRunAfter === undefined ? undefined : item.doNotRunAfter.toISOString();
  if (value !== undefined) out["doNotRunAfter"] = value;
  value = item.startWindow;
  if (value !== undefined) out["startWindow"] = value;
  value = item.recurrenceInterval;
  if (value !== undefined) out["recurrenceInterval"] = value;
  return out as unknown as Rest.BatchJobScheduleConfiguration;
}

/**
 * Converts the wire form of a {@link BatchJobScheduleConfiguration} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchJobScheduleConfigurationDeserializer(
  item: RestOutput.BatchJobScheduleConfigurationOutput,
): BatchJobScheduleConfiguration {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.doNotRunUntil === undefined ? undefined : new Date(item.doNotRunUntil);
  if (value !== undefined) out["doNotRunUntil"] = value;
  value = item.doNotRunAfter === undefined ? undefined : new Date(item.doNotRunAfter);
  if (value !== undefined) out["doNotRunAfter"] = value;
  value = item.startWindow;
  if (value !== undefined) out["startWindow"] = value;
  value = item.recurrenceInterval;
  if (value !== undefined) out["recurrenceInterval"] = value;
  return out as unknown as BatchJobScheduleConfiguration;
}

/**
 * Converts a {@link BatchJobScheduleCreateOptions} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchJobScheduleCreateOptionsSerializer(
  item: BatchJobScheduleCreateOptions,
): Rest.BatchJobScheduleCreateOptions {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.id;
  if (value !== undefined) out["id"] = value;
  value = item.displayName;
  if (value !== undefined) out["displayName"] = value;
  value = batchJobScheduleConfigurationSerializer(item.schedule);
  if (value !== undefined) out["schedule"] = value;
  value = batchJobSpecificationSerializer(item.jobSpecification);
  if (value !== undefined) out["jobSpecification"] = value;
  value = item.metadata === undefined ? undefined : item.metadata.map((p) => batchMetadataItemSerializer(p));
  if (value !== undefined) out["metadata"] = value;
  return out as unknown as Rest.BatchJobScheduleCreateOptions;
}

/**
 * Converts a {@link BatchJobScheduleExecutionInfo} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchJobScheduleExecutionInfoSerializer(
  item: BatchJobScheduleExecutionInfo,
): Rest.BatchJobScheduleExecutionInfo {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.nextRunTime === undefined ? undefined : item.nextRunTime.toISOString();
  if (value !== undefined) out["nextRunTime"] = value;
  value = item.recentJob === undefined ? undefined : recentBatchJobSerializer(item.recentJob);
  if (value !== undefined) out["recentJob"] = value;
  value = item.endTime === undefined ? undefined : item.endTime.toISOString();
  if (value !== undefined) out["endTime"] = value;
  return out as unknown as Rest.BatchJobScheduleExecutionInfo;
}

/**
 * Converts the wire form of a {@link BatchJobScheduleExecutionInfo} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchJobScheduleExecutionInfoDeserializer(
  item: RestOutput.BatchJobScheduleExecutionInfoOutput,
): BatchJobScheduleExecutionInfo {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.nextRunTime === undefined ? undefined : new Date(item.nextRunTime);
  if (value !== undefined) out["nextRunTime"] = value;
  value = item.recentJob === undefined ? undefined : recentBatchJobDeserializer(item.recentJob);
  if (value !== undefined) out["recentJob"] = value;
  value = item.endTime === undefined ? undefined : new Date(item.endTime);
  if (value !== undefined) out["endTime"] = value;
  return out as unknown as BatchJobScheduleExecutionInfo;
}

/**
 * Converts the wire form of a {@link BatchJobScheduleListResult} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchJobScheduleListResultDeserializer(
  item: RestOutput.BatchJobScheduleListResultOutput,
): BatchJobScheduleListResult {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.value === undefined ? undefined : item.value.map((p) => batchJobScheduleDeserializer(p));
  if (value !== undefined) out["value"] = value;
  value = item["odata.nextLink"];
  if (value !== undefined) out["odataNextLink"] = value;
  return out as unknown as BatchJobScheduleListResult;
}

/**
 * Converts a {@link BatchJobScheduleStatistics} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchJobScheduleStatisticsSerializer(
  item: BatchJobScheduleStatistics,
): Rest.BatchJobScheduleStatistics {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.url;
  if (value !== undefined) out["url"] = value;
  value = item.startTime.toISOString();
  if (value !== undefined) out["startTime"] = value;
  value = item.lastUpdateTime.toISOString();
  if (value !== undefined) out["lastUpdateTime"] = value;
  value = item.userCpuTime;
  if (value !== undefined) out["userCPUTime"] = value;
  value = item.kernelCpuTime;
  if (value !== undefined) out["kernelCPUTime"] = value;
  value = item.wallClockTime;
  if (value !== undefined) out["wallClockTime"] = value;
  value = String(item.readIops);
  if (value !== undefined) out["readIOps"] = value;
  value = String(item.writeIops);
  if (value !== undefined) out["writeIOps"] = value;
  value = item.readIoGiB;
  if (value !== undefined) out["readIOGiB"] = value;
  value = item.writeIoGiB;
  if (value !== undefined) out["writeIOGiB"] = value;
  value = String(item.succeededTasksCount);
  if (value !== undefined) out["numSucceededTasks"] = value;
  value = String(item.failedTasksCount);
  if (value !== undefined) out["numFailedTasks"] = value;
  value = String(item.taskRetriesCount);
  if (value !== undefined) out["numTaskRetries"] = value;
  value = item.waitTime;
  if (value !== undefined) out["waitTime"] = value;
  return out as unknown as Rest.BatchJobScheduleStatistics;
}

/**
 * Converts the wire form of a {@link BatchJobScheduleStatistics} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchJobScheduleStatisticsDeserializer(
  item: RestOutput.BatchJobScheduleStatisticsOutput,
): BatchJobScheduleStatistics {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.url;
  if (value !== undefined) out["url"] = value;
  value = item.startTime === undefined ? undefined : new Date(item.startTime);
  if (value !== undefined) out["startTime"] = value;
  value = item.lastUpdateTime === undefined ? undefined : new Date(item.lastUpdateTime);
  if (value !== undefined) out["lastUpdateTime"] = value;
  value = item.userCPUTime;
  if (value !== undefined) out["userCpuTime"] = value;
  value = item.kernelCPUTime;
  if (value !== undefined) out["kernelCpuTime"] = value;
  value = item.wallClockTime;
  if (value !== undefined) out["wallClockTime"] = value;
  value = item.readIOps === undefined ? undefined : Number(item.readIOps);
  if (value !== undefined) out["readIops"] = value;
  value = item.writeIOps === undefined ? undefined : Number(item.writeIOps);
  if (value !== undefined) out["writeIops"] = value;
  value = item.readIOGiB;
  if (value !== undefined) out["readIoGiB"] = value;
  value = item.writeIOGiB;
  if (value !== undefined) out["writeIoGiB"] = value;
  value = item.numSucceededTasks === undefined ? undefined : Number(item.numSucceededTasks);
  if (value !== undefined) out["succeededTasksCount"] = value;
  value = item.numFailedTasks === undefined ? undefined : Number(item.numFailedTasks);
  if (value !== undefined) out["failedTasksCount"] = value;
  value = item.numTaskRetries === undefined ? undefined : Number(item.numTaskRetries);
  if (value !== undefined) out["taskRetriesCount"] = value;
  value = item.waitTime;
  if (value !== undefined) out["waitTime"] = value;
  return out as unknown as BatchJobScheduleStatistics;
}

/**
 * Converts a {@link BatchJobScheduleUpdateOptions} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchJobScheduleUpdateOptionsSerializer(
  item: BatchJobScheduleUpdateOptions,
): Rest.BatchJobScheduleUpdateOptions {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.schedule === undefined ? undefined : batchJobScheduleConfigurationSerializer(item.schedule);
  if (value !== undefined) out["schedule"] = value;
  value =
    item.jobSpecification === undefined ? undefined : batchJobSpecificationUpdateSerializer(item.jobSpecification);
  if (value !== undefined) out["jobSpecification"] = value;
  value = item.metadata === undefined ? undefined : item.metadata.map((p) => batchMetadataItemSerializer(p));
  if (value !== undefined) out["metadata"] = value;
  return out as unknown as Rest.BatchJobScheduleUpdateOptions;
}

/**
 * Converts a {@link BatchJobSchedulingError} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchJobSchedulingErrorSerializer(item: BatchJobSchedulingError): Rest.BatchJobSchedulingError {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.category;
  if (value !== undefined) out["category"] = value;
  value = item.code;
  if (value !== undefined) out["code"] = value;
  value = item.message;
  if (value !== undefined) out["message"] = value;
  value = item.details === undefined ? undefined : item.details.map((p) => nameValuePairSerializer(p));
  if (value !== undefined) out["details"] = value;
  return out as unknown as Rest.BatchJobSchedulingError;
}

/**
 * Converts the wire form of a {@link BatchJobSchedulingError} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchJobSchedulingErrorDeserializer(
  item: RestOutput.BatchJobSchedulingErrorOutput,
): BatchJobSchedulingError {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.category;
  if (value !== undefined) out["category"] = value;
  value = item.code;
  if (value !== undefined) out["code"] = value;
  value = item.message;
  if (value !== undefined) out["message"] = value;
  value = item.details === undefined ? undefined : item.details.map((p) => nameValuePairDeserializer(p));
  if (value !== undefined) out["details"] = value;
  return out as unknown as BatchJobSchedulingError;
}

/**
 * Converts a {@link BatchJobSpecification} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchJobSpecificationSerializer(item: BatchJobSpecification): Rest.BatchJobSpecification {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.priority;
  if (value !== undefined) out["priority"] = value;
  value = item.allowTaskPreemption;
  if (value !== undefined) out["allowTaskPreemption"] = value;
  value = item.maxParallelTasks;
  if (value !== undefined) out["maxParallelTasks"] = value;
  value = item.displayName;
  if (value !== undefined) out["displayName"] = value;
  value = item.usesTaskDependencies;
  if (value !== undefined) out["usesTaskDependencies"] = value;
  value = item.allTasksCompleteMode;
  if (value !== undefined) out["onAllTasksComplete"] = value;
  value = item.taskFailureMode;
  if (value !== undefined) out["onTaskFailure"] = value;
  value =
    item.networkConfiguration === undefined
      ? undefined
      : batchJobNetworkConfigurationSerializer(item.networkConfiguration);
  if (value !== undefined) out["networkConfiguration"] = value;
  value = item.constraints === undefined ? undefined : batchJobConstraintsSerializer(item.constraints);
  if (value !== undefined) out["constraints"] = value;
  value = item.jobManagerTask === undefined ? undefined : batchJobManagerTaskSerializer(item.jobManagerTask);
  if (value !== undefined) out["jobManagerTask"] = value;
  value =
    item.jobPreparationTask === undefined ? undefined : batchJobPreparationTaskSerializer(item.jobPreparationTask);
  if (value !== undefined) out["jobPreparationTask"] = value;
  value = item.jobReleaseTask === undefined ? undefined : batchJobReleaseTaskSerializer(item.jobReleaseTask);
  if (value !== undefined) out["jobReleaseTask"] = value;
  value =
    item.commonEnvironmentSettings === undefined
      ? undefined
      : item.commonEnvironmentSettings.map((p) => environmentSettingSerializer(p));
  if (value !== undefined) out["commonEnvironmentSettings"] = value;
  value = batchPoolInfoSerializer(item.poolInfo);
  if (value !== undefined) out["poolInfo"] = value;
  value = item.metadata === undefined ? undefined : item.metadata.map((p) => batchMetadataItemSerializer(p));
  if (value !== undefined) out["metadata"] = value;
  return out as unknown as Rest.BatchJobSpecification;
}

/**
 * Converts the wire form of a {@link BatchJobSpecification} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchJobSpecificationDeserializer(item: RestOutput.BatchJobSpecificationOutput): BatchJobSpecification {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.priority;
  if (value !== undefined) out["priority"] = value;
  value = item.allowTaskPreemption;
  if (value !== undefined) out["allowTaskPreemption"] = value;
  value = item.maxParallelTasks;
  if (value !== undefined) out["maxParallelTasks"] = value;
  value = item.displayName;
  if (value !== undefined) out["displayName"] = value;
  value = item.usesTaskDependencies;
  if (value !== undefined) out["usesTaskDependencies"] = value;
  value = item.onAllTasksComplete;
  if (value !== undefined) out["allTasksCompleteMode"] = value;
  value = item.onTaskFailure;
  if (value !== undefined) out["taskFailureMode"] = value;
  value =
    item.networkConfiguration === undefined
      ? undefined
      : batchJobNetworkConfigurationDeserializer(item.networkConfiguration);
  if (value !== undefined) out["networkConfiguration"] = value;
  value = item.constraints === undefined ? undefined : batchJobConstraintsDeserializer(item.constraints);
  if (value !== undefined) out["constraints"] = value;
  value = item.jobManagerTask === undefined ? undefined : batchJobManagerTaskDeserializer(item.jobManagerTask);
  if (value !== undefined) out["jobManagerTask"] = value;
  value =
    item.jobPreparationTask === undefined ? undefined : batchJobPreparationTaskDeserializer(item.jobPreparationTask);
  if (value !== undefined) out["jobPreparationTask"] = value;
  value = item.jobReleaseTask === undefined ? undefined : batchJobReleaseTaskDeserializer(item.jobReleaseTask);
  if (value !== undefined) out["jobReleaseTask"] = value;
  value =
    item.commonEnvironmentSettings === undefined
      ? undefined
      : item.commonEnvironmentSettings.map((p) => environmentSettingDeserializer(p));
  if (value !== undefined) out["commonEnvironmentSettings"] = value;
  value = item.poolInfo === undefined ? undefined : batchPoolInfoDeserializer(item.poolInfo);
  if (value !== undefined) out["poolInfo"] = value;
  value = item.metadata === undefined ? undefined : item.metadata.map((p) => batchMetadataItemDeserializer(p));
  if (value !== undefined) out["metadata"] = value;
  return out as unknown as BatchJobSpecification;
}

/**
 * Converts a {@link BatchJobSpecificationUpdate} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchJobSpecificationUpdateSerializer(
  item: BatchJobSpecificationUpdate,
): Rest.BatchJobSpecificationUpdate {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.priority;
  if (value !== undefined) out["priority"] = value;
  value = item.allowTaskPreemption;
  if (value !== undefined) out["allowTaskPreemption"] = value;
  value = item.maxParallelTasks;
  if (value !== undefined) out["maxParallelTasks"] = value;
  value = item.displayName;
  if (value !== undefined) out["displayName"] = value;
  value = item.usesTaskDependencies;
  if (value !== undefined) out["usesTaskDependencies"] = value;
  value = item.allTasksCompleteMode;
  if (value !== undefined) out["onAllTasksComplete"] = value;
  value = item.taskFailureMode;
  if (value !== undefined) out["onTaskFailure"] = value;
  value =
    item.networkConfiguration === undefined
      ? undefined
      : batchJobNetworkConfigurationUpdateSerializer(item.networkConfiguration);
  if (value !== undefined) out["networkConfiguration"] = value;
  value = item.constraints === undefined ? undefined : batchJobConstraintsSerializer(item.constraints);
  if (value !== undefined) out["constraints"] = value;
  value = item.jobManagerTask === undefined ? undefined : batchJobManagerTaskUpdateSerializer(item.jobManagerTask);
  if (value !== undefined) out["jobManagerTask"] = value;
  value =
    item.jobPreparationTask === undefined
      ? undefined
      : batchJobPreparationTaskUpdateSerializer(item.jobPreparationTask);
  if (value !== undefined) out["jobPreparationTask"] = value;
  value = item.jobReleaseTask === undefined ? undefined : batchJobReleaseTaskUpdateSerializer(item.jobReleaseTask);
  if (value !== undefined) out["jobReleaseTask"] = value;
  value =
    item.commonEnvironmentSettings === undefined
      ? undefined
      : item.commonEnvironmentSettings.map((p) => environmentSettingSerializer(p));
  if (value !== undefined) out["commonEnvironmentSettings"] = value;
  value = item.poolInfo === undefined ? undefined : batchPoolInfoUpdateSerializer(item.poolInfo);
  if (value !== undefined) out["poolInfo"] = value;
  value = item.metadata === undefined ? undefined : item.metadata.map((p) => batchMetadataItemSerializer(p));
  if (value !== undefined) out["metadata"] = value;
  return out as unknown as Rest.BatchJobSpecificationUpdate;
}

/**
 * Converts a {@link BatchJobStatistics} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchJobStatisticsSerializer(item: BatchJobStatistics): Rest.BatchJobStatistics {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.url;
  if (value !== undefined) out["url"] = value;
  value = item.startTime.toISOString();
  if (value !== undefined) out["startTime"] = value;
  value = item.lastUpdateTime.toISOString();
  if (value !== undefined) out["lastUpdateTime"] = value;
  value = item.userCpuTime;
  if (value !== undefined) out["userCPUTime"] = value;
  value = item.kernelCpuTime;
  if (value !== undefined) out["kernelCPUTime"] = value;
  value = item.wallClockTime;
  if (value !== undefined) out["wallClockTime"] = value;
  value = String(item.readIops);
  if (value !== undefined) out["readIOps"] = value;
  value = String(item.writeIops);
  if (value !== undefined) out["writeIOps"] = value;
  value = item.readIoGiB;
  if (value !== undefined) out["readIOGiB"] = value;
  value = item.writeIoGiB;
  if (value !== undefined) out["writeIOGiB"] = value;
  value = String(item.succeededTasksCount);
  if (value !== undefined) out["numSucceededTasks"] = value;
  value = String(item.failedTasksCount);
  if (value !== undefined) out["numFailedTasks"] = value;
  value = String(item.taskRetriesCount);
  if (value !== undefined) out["numTaskRetries"] = value;
  value = item.waitTime;
  if (value !== undefined) out["waitTime"] = value;
  return out as unknown as Rest.BatchJobStatistics;
}

/**
 * Converts the wire form of a {@link BatchJobStatistics} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchJobStatisticsDeserializer(item: RestOutput.BatchJobStatisticsOutput): BatchJobStatistics {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.url;
  if (value !== undefined) out["url"] = value;
  value = item.startTime === undefined ? undefined : new Date(item.startTime);
  if (value !== undefined) out["startTime"] = value;
  value = item.lastUpdateTime === undefined ? undefined : new Date(item.lastUpdateTime);
  if (value !== undefined) out["lastUpdateTime"] = value;
  value = item.userCPUTime;
  if (value !== undefined) out["userCpuTime"] = value;
  value = item.kernelCPUTime;
  if (value !== undefined) out["kernelCpuTime"] = value;
  value = item.wallClockTime;
  if (value !== undefined) out["wallClockTime"] = value;
  value = item.readIOps === undefined ? undefined : Number(item.readIOps);
  if (value !== undefined) out["readIops"] = value;
  value = item.writeIOps === undefined ? undefined : Number(item.writeIOps);
  if (value !== undefined) out["writeIops"] = value;
  value = item.readIOGiB;
  if (value !== undefined) out["readIoGiB"] = value;
  value = item.writeIOGiB;
  if (value !== undefined) out["writeIoGiB"] = value;
  value = item.numSucceededTasks === undefined ? undefined : Number(item.numSucceededTasks);
  if (value !== undefined) out["succeededTasksCount"] = value;
  value = item.numFailedTasks === undefined ? undefined : Number(item.numFailedTasks);
  if (value !== undefined) out["failedTasksCount"] = value;
  value = item.numTaskRetries === undefined ? undefined : Number(item.numTaskRetries);
  if (value !== undefined) out["taskRetriesCount"] = value;
  value = item.waitTime;
  if (value !== undefined) out["waitTime"] = value;
  return out as unknown as BatchJobStatistics;
}

/**
 * Converts a {@link BatchJobTerminateOptions} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchJobTerminateOptionsSerializer(item: BatchJobTerminateOptions): Rest.BatchJobTerminateOptions {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.terminationReason;
  if (value !== undefined) out["terminateReason"] = value;
  return out as unknown as Rest.BatchJobTerminateOptions;
}

/**
 * Converts a {@link BatchJobUpdateOptions} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchJobUpdateOptionsSerializer(item: BatchJobUpdateOptions): Rest.BatchJobUpdateOptions {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.priority;
  if (value !== undefined) out["priority"] = value;
  value = item.allowTaskPreemption;
  if (value !== undefined) out["allowTaskPreemption"] = value;
  value = item.maxParallelTasks;
  if (value !== undefined) out["maxParallelTasks"] = value;
  value = item.constraints === undefined ? undefined : batchJobConstraintsSerializer(item.constraints);
  if (value !== undefined) out["constraints"] = value;
  value = item.poolInfo === undefined ? undefined : batchPoolInfoUpdateSerializer(item.poolInfo);
  if (value !== undefined) out["poolInfo"] = value;
  value = item.allTasksCompleteMode;
  if (value !== undefined) out["onAllTasksComplete"] = value;
  value = item.metadata === undefined ? undefined : item.metadata.map((p) => batchMetadataItemSerializer(p));
  if (value !== undefined) out["metadata"] = value;
  value =
    item.networkConfiguration === undefined
      ? undefined
      : batchJobNetworkConfigurationUpdateSerializer(item.networkConfiguration);
  if (value !== undefined) out["networkConfiguration"] = value;
  return out as unknown as Rest.BatchJobUpdateOptions;
}

/**
 * Converts a {@link BatchMetadataItem} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchMetadataItemSerializer(item: BatchMetadataItem): Rest.BatchMetadataItem {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.name;
  if (value !== undefined) out["name"] = value;
  value = item.value;
  if (value !== undefined) out["value"] = value;
  return out as unknown as Rest.BatchMetadataItem;
}

/**
 * Converts the wire form of a {@link BatchMetadataItem} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchMetadataItemDeserializer(item: RestOutput.BatchMetadataItemOutput): BatchMetadataItem {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.name;
  if (value !== undefined) out["name"] = value;
  value = item.value;
  if (value !== undefined) out["value"] = value;
  return out as unknown as BatchMetadataItem;
}

/**
 * Converts the wire form of a {@link BatchNode} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchNodeDeserializer(item: RestOutput.BatchNodeOutput): BatchNode {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.id;
  if (value !== undefined) out["id"] = value;
  value = item.url;
  if (value !== undefined) out["url"] = value;
  value = item.state;
  if (value !== undefined) out["state"] = value;
  value = item.schedulingState;
  if (value !== undefined) out["schedulingState"] = value;
  value = item.stateTransitionTime === undefined ? undefined : new Date(item.stateTransitionTime);
  if (value !== undefined) out["stateTransitionTime"] = value;
  value = item.lastBootTime === undefined ? undefined : new Date(item.lastBootTime);
  if (value !== undefined) out["lastBootTime"] = value;
  value = item.allocationTime === undefined ? undefined : new Date(item.allocationTime);
  if (value !== undefined) out["allocationTime"] = value;
  value = item.ipAddress;
  if (value !== undefined) out["ipAddress"] = value;
  value = item.ipv6Address;
  if (value !== undefined) out["ipv6Address"] = value;
  value = item.publicIPAddress;
  if (value !== undefined) out["publicIpAddress"] = value;
  value = item.publicIPv6Address;
  if (value !== undefined) out["publicIpv6Address"] = value;
  value = item.affinityId;
  if (value !== undefined) out["affinityId"] = value;
  value = item.vmSize;
  if (value !== undefined) out["vmSize"] = value;
  value = item.totalTasksRun;
  if (value !== undefined) out["totalTasksRun"] = value;
  value = item.runningTasksCount;
  if (value !== undefined) out["runningTasksCount"] = value;
  value = item.runningTaskSlotsCount;
  if (value !== undefined) out["runningTaskSlotsCount"] = value;
  value = item.totalTasksSucceeded;
  if (value !== undefined) out["totalTasksSucceeded"] = value;
  value = item.recentTasks === undefined ? undefined : item.recentTasks.map((p) => batchTaskInfoDeserializer(p));
  if (value !== undefined) out["recentTasks"] = value;
  value = item.startTask === undefined ? undefined : batchStartTaskDeserializer(item.startTask);
  if (value !== undefined) out["startTask"] = value;
  value = item.startTaskInfo === undefined ? undefined : batchStartTaskInfoDeserializer(item.startTaskInfo);
  if (value !== undefined) out["startTaskInfo"] = value;
  value = item.errors === undefined ? undefined : item.errors.map((p) => batchNodeErrorDeserializer(p));
  if (value !== undefined) out["errors"] = value;
  value = item.isDedicated;
  if (value !== undefined) out["isDedicated"] = value;
  value =
    item.endpointConfiguration === undefined
      ? undefined
      : batchNodeEndpointConfigurationDeserializer(item.endpointConfiguration);
  if (value !== undefined) out["endpointConfiguration"] = value;
  value = item.nodeAgentInfo === undefined ? undefined : batchNodeAgentInfoDeserializer(item.nodeAgentInfo);
  if (value !== undefined) out["nodeAgentInfo"] = value;
  value = item.virtualMachineInfo === undefined ? undefined : virtualMachineInfoDeserializer(item.virtualMachineInfo);
  if (value !== undefined) out["virtualMachineInfo"] = value;
  return out as unknown as BatchNode;
}

/**
 * Converts the wire form of a {@link BatchNodeAgentInfo} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchNodeAgentInfoDeserializer(item: RestOutput.BatchNodeAgentInfoOutput): BatchNodeAgentInfo {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.version;
  if (value !== undefined) out["version"] = value;
  value = item.lastUpdateTime === undefined ? undefined : new Date(item.lastUpdateTime);
  if (value !== undefined) out["lastUpdateTime"] = value;
  return out as unknown as BatchNodeAgentInfo;
}

/**
 * Converts the wire form of a {@link BatchNodeCounts} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchNodeCountsDeserializer(item: RestOutput.BatchNodeCountsOutput): BatchNodeCounts {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.creating;
  if (value !== undefined) out["creating"] = value;
  value = item.idle;
  if (value !== undefined) out["idle"] = value;
  value = item.offline;
  if (value !== undefined) out["offline"] = value;
  value = item.preempted;
  if (value !== undefined) out["preempted"] = value;
  value = item.rebooting;
  if (value !== undefined) out["rebooting"] = value;
  value = item.reimaging;
  if (value !== undefined) out["reimaging"] = value;
  value = item.running;
  if (value !== undefined) out["running"] = value;
  value = item.starting;
  if (value !== undefined) out["starting"] = value;
  value = item.startTaskFailed;
  if (value !== undefined) out["startTaskFailed"] = value;
  value = item.leavingPool;
  if (value !== undefined) out["leavingPool"] = value;
  value = item.unknown;
  if (value !== undefined) out["unknown"] = value;
  value = item.unusable;
  if (value !== undefined) out["unusable"] = value;
  value = item.waitingForStartTask;
  if (value !== undefined) out["waitingForStartTask"] = value;
  value = item.deallocated;
  if (value !== undefined) out["deallocated"] = value;
  value = item.deallocating;
  if (value !== undefined) out["deallocating"] = value;
  value = item.total;
  if (value !== undefined) out["total"] = value;
  value = item.upgradingOS;
  if (value !== undefined) out["upgradingOs"] = value;
  return out as unknown as BatchNodeCounts;
}

/**
 * Converts a {@link BatchNodeDeallocateOptions} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchNodeDeallocateOptionsSerializer(
  item: BatchNodeDeallocateOptions,
): Rest.BatchNodeDeallocateOptions {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.nodeDeallocateOption;
  if (value !== undefined) out["nodeDeallocateOption"] = value;
  return out as unknown as Rest.BatchNodeDeallocateOptions;
}

/**
 * Converts a {@link BatchNodeDisableSchedulingOptions} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchNodeDisableSchedulingOptionsSerializer(
  item: BatchNodeDisableSchedulingOptions,
): Rest.BatchNodeDisableSchedulingOptions {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.nodeDisableSchedulingOption;
  if (value !== undefined) out["nodeDisableSchedulingOption"] = value;
  return out as unknown as Rest.BatchNodeDisableSchedulingOptions;
}

/**
 * Converts the wire form of a {@link BatchNodeEndpointConfiguration} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchNodeEndpointConfigurationDeserializer(
  item: RestOutput.BatchNodeEndpointConfigurationOutput,
): BatchNodeEndpointConfiguration {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value =
    item.inboundEndpoints === undefined ? undefined : item.inboundEndpoints.map((p) => inboundEndpointDeserializer(p));
  if (value !== undefined) out["inboundEndpoints"] = value;
  return out as unknown as BatchNodeEndpointConfiguration;
}

/**
 * Converts the wire form of a {@link BatchNodeError} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchNodeErrorDeserializer(item: RestOutput.BatchNodeErrorOutput): BatchNodeError {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.code;
  if (value !== undefined) out["code"] = value;
  value = item.message;
  if (value !== undefined) out["message"] = value;
  value = item.errorDetails === undefined ? undefined : item.errorDetails.map((p) => nameValuePairDeserializer(p));
  if (value !== undefined) out["errorDetails"] = value;
  return out as unknown as BatchNodeError;
}

/**
 * Converts the wire form of a {@link BatchNodeFile} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchNodeFileDeserializer(item: RestOutput.BatchNodeFileOutput): BatchNodeFile {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.name;
  if (value !== undefined) out["name"] = value;
  value = item.url;
  if (value !== undefined) out["url"] = value;
  value = item.isDirectory;
  if (value !== undefined) out["isDirectory"] = value;
  value = item.properties === undefined ? undefined : filePropertiesDeserializer(item.properties);
  if (value !== undefined) out["properties"] = value;
  return out as unknown as BatchNodeFile;
}

/**
 * Converts the wire form of a {@link BatchNodeFileListResult} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchNodeFileListResultDeserializer(
  item: RestOutput.BatchNodeFileListResultOutput,
): BatchNodeFileListResult {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.value === undefined ? undefined : item.value.map((p) => batchNodeFileDeserializer(p));
  if (value !== undefined) out["value"] = value;
  value = item["odata.nextLink"];
  if (value !== undefined) out["odataNextLink"] = value;
  return out as unknown as BatchNodeFileListResult;
}

/**
 * Converts a {@link BatchNodeIdentityReference} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchNodeIdentityReferenceSerializer(
  item: BatchNodeIdentityReference,
): Rest.BatchNodeIdentityReference {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.resourceId;
  if (value !== undefined) out["resourceId"] = value;
  return out as unknown as Rest.BatchNodeIdentityReference;
}

/**
 * Converts the wire form of a {@link BatchNodeIdentityReference} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchNodeIdentityReferenceDeserializer(
  item: RestOutput.BatchNodeIdentityReferenceOutput,
): BatchNodeIdentityReference {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.resourceId;
  if (value !== undefined) out["resourceId"] = value;
  return out as unknown as BatchNodeIdentityReference;
}

/**
 * Converts a {@link BatchNodeInfo} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchNodeInfoSerializer(item: BatchNodeInfo): Rest.BatchNodeInfo {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.affinityId;
  if (value !== undefined) out["affinityId"] = value;
  value = item.nodeUrl;
  if (value !== undefined) out["nodeUrl"] = value;
  value = item.poolId;
  if (value !== undefined) out["poolId"] = value;
  value = item.nodeId;
  if (value !== undefined) out["nodeId"] = value;
  value = item.taskRootDirectory;
  if (value !== undefined) out["taskRootDirectory"] = value;
  value = item.taskRootDirectoryUrl;
  if (value !== undefined) out["taskRootDirectoryUrl"] = value;
  return out as unknown as Rest.BatchNodeInfo;
}

/**
 * Converts the wire form of a {@link BatchNodeInfo} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchNodeInfoDeserializer(item: RestOutput.BatchNodeInfoOutput): BatchNodeInfo {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.affinityId;
  if (value !== undefined) out["affinityId"] = value;
  value = item.nodeUrl;
  if (value !== undefined) out["nodeUrl"] = value;
  value = item.poolId;
  if (value !== undefined) out["poolId"] = value;
  value = item.nodeId;
  if (value !== undefined) out["nodeId"] = value;
  value = item.taskRootDirectory;
  if (value !== undefined) out["taskRootDirectory"] = value;
  value = item.taskRootDirectoryUrl;
  if (value !== undefined) out["taskRootDirectoryUrl"] = value;
  return out as unknown as BatchNodeInfo;
}

/**
 * Converts the wire form of a {@link BatchNodeListResult} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchNodeListResultDeserializer(item: RestOutput.BatchNodeListResultOutput): BatchNodeListResult {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.value === undefined ? undefined : item.value.map((p) => batchNodeDeserializer(p));
  if (value !== undefined) out["value"] = value;
  value = item["odata.nextLink"];
  if (value !== undefined) out["odataNextLink"] = value;
  return out as unknown as BatchNodeListResult;
}

/**
 * Converts a {@link BatchNodePlacementConfiguration} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchNodePlacementConfigurationSerializer(
  item: BatchNodePlacementConfiguration,
): Rest.BatchNodePlacementConfiguration {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.policy;
  if (value !== undefined) out["policy"] = value;
  return out as unknown as Rest.BatchNodePlacementConfiguration;
}

/**
 * Converts the wire form of a {@link BatchNodePlacementConfiguration} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchNodePlacementConfigurationDeserializer(
  item: RestOutput.BatchNodePlacementConfigurationOutput,
): BatchNodePlacementConfiguration {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.policy;
  if (value !== undefined) out["policy"] = value;
  return out as unknown as BatchNodePlacementConfiguration;
}

/**
 * Converts a {@link BatchNodeRebootOptions} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchNodeRebootOptionsSerializer(item: BatchNodeRebootOptions): Rest.BatchNodeRebootOptions {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.nodeRebootKind;
  if (value !== undefined) out["nodeRebootOption"] = value;
  return out as unknown as Rest.BatchNodeRebootOptions;
}

/**
 * Converts a {@link BatchNodeReimageOptions} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchNodeReimageOptionsSerializer(item: BatchNodeReimageOptions): Rest.BatchNodeReimageOptions {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.nodeReimageOption;
  if (value !== undefined) out["nodeReimageOption"] = value;
  return out as unknown as Rest.BatchNodeReimageOptions;
}

/**
 * Converts the wire form of a {@link BatchNodeRemoteLoginSettings} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchNodeRemoteLoginSettingsDeserializer(
  item: RestOutput.BatchNodeRemoteLoginSettingsOutput,
): BatchNodeRemoteLoginSettings {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.ipv6RemoteLoginIPAddress;
  if (value !== undefined) out["ipv6RemoteLoginIpAddress"] = value;
  value = item.ipv6RemoteLoginPort;
  if (value !== undefined) out["ipv6RemoteLoginPort"] = value;
  value = item.remoteLoginIPAddress;
  if (value !== undefined) out["remoteLoginIpAddress"] = value;
  value = item.remoteLoginPort;
  if (value !== undefined) out["remoteLoginPort"] = value;
  return out as unknown as BatchNodeRemoteLoginSettings;
}

/**
 * Converts a {@link BatchNodeRemoveOptions} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchNodeRemoveOptionsSerializer(item: BatchNodeRemoveOptions): Rest.BatchNodeRemoveOptions {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.nodeIds;
  if (value !== undefined) out["nodeList"] = value;
  value = item.resizeTimeout;
  if (value !== undefined) out["resizeTimeout"] = value;
  value = item.nodeDeallocationOption;
  if (value !== undefined) out["nodeDeallocationOption"] = value;
  return out as unknown as Rest.BatchNodeRemoveOptions;
}

/**
 * Converts a {@link BatchNodeUserCreateOptions} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchNodeUserCreateOptionsSerializer(
  item: BatchNodeUserCreateOptions,
): Rest.BatchNodeUserCreateOptions {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.name;
  if (value !== undefined) out["name"] = value;
  value = item.isAdmin;
  if (value !== undefined) out["isAdmin"] = value;
  value = item.expiryTime === undefined ? undefined : item.expiryTime.toISOString();
  if (value !== undefined) out["expiryTime"] = value;
  value = item.password;
  if (value !== undefined) out["password"] = value;
  value = item.sshPublicKey;
  if (value !== undefined) out["sshPublicKey"] = value;
  return out as unknown as Rest.BatchNodeUserCreateOptions;
}

/**
 * Converts a {@link BatchNodeUserUpdateOptions} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchNodeUserUpdateOptionsSerializer(
  item: BatchNodeUserUpdateOptions,
): Rest.BatchNodeUserUpdateOptions {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.password;
  if (value !== undefined) out["password"] = value;
  value = item.expiryTime === undefined ? undefined : item.expiryTime.toISOString();
  if (value !== undefined) out["expiryTime"] = value;
  value = item.sshPublicKey;
  if (value !== undefined) out["sshPublicKey"] = value;
  return out as unknown as Rest.BatchNodeUserUpdateOptions;
}

/**
 * Converts the wire form of a {@link BatchNodeVMExtension} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchNodeVMExtensionDeserializer(item: RestOutput.BatchNodeVMExtensionOutput): BatchNodeVMExtension {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.provisioningState;
  if (value !== undefined) out["provisioningState"] = value;
  value = item.vmExtension === undefined ? undefined : vMExtensionDeserializer(item.vmExtension);
  if (value !== undefined) out["vmExtension"] = value;
  value = item.instanceView === undefined ? undefined : vMExtensionInstanceViewDeserializer(item.instanceView);
  if (value !== undefined) out["instanceView"] = value;
  return out as unknown as BatchNodeVMExtension;
}

/**
 * Converts the wire form of a {@link BatchNodeVMExtensionListResult} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchNodeVMExtensionListResultDeserializer(
  item: RestOutput.BatchNodeVMExtensionListResultOutput,
): BatchNodeVMExtensionListResult {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.value === undefined ? undefined : item.value.map((p) => batchNodeVMExtensionDeserializer(p));
  if (value !== undefined) out["value"] = value;
  value = item["odata.nextLink"];
  if (value !== undefined) out["odataNextLink"] = value;
  return out as unknown as BatchNodeVMExtensionListResult;
}

/**
 * Converts a {@link BatchOsDisk} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchOsDiskSerializer(item: BatchOsDisk): Rest.BatchOsDisk {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value =
    item.ephemeralOSDiskSettings === undefined
      ? undefined
      : batchDiffDiskSettingsSerializer(item.ephemeralOSDiskSettings);
  if (value !== undefined) out["ephemeralOSDiskSettings"] = value;
  value = item.caching;
  if (value !== undefined) out["caching"] = value;
  value = item.diskSizeGB;
  if (value !== undefined) out["diskSizeGB"] = value;
  value = item.managedDisk === undefined ? undefined : managedDiskSerializer(item.managedDisk);
  if (value !== undefined) out["managedDisk"] = value;
  value = item.writeAcceleratorEnabled;
  if (value !== undefined) out["writeAcceleratorEnabled"] = value;
  return out as unknown as Rest.BatchOsDisk;
}

/**
 * Converts the wire form of a {@link BatchOsDisk} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchOsDiskDeserializer(item: RestOutput.BatchOsDiskOutput): BatchOsDisk {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value =
    item.ephemeralOSDiskSettings === undefined
      ? undefined
      : batchDiffDiskSettingsDeserializer(item.ephemeralOSDiskSettings);
  if (value !== undefined) out["ephemeralOSDiskSettings"] = value;
  value = item.caching;
  if (value !== undefined) out["caching"] = value;
  value = item.diskSizeGB;
  if (value !== undefined) out["diskSizeGB"] = value;
  value = item.managedDisk === undefined ? undefined : managedDiskDeserializer(item.managedDisk);
  if (value !== undefined) out["managedDisk"] = value;
  value = item.writeAcceleratorEnabled;
  if (value !== undefined) out["writeAcceleratorEnabled"] = value;
  return out as unknown as BatchOsDisk;
}

/**
 * Converts the wire form of a {@link BatchPool} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchPoolDeserializer(item: RestOutput.BatchPoolOutput): BatchPool {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.id;
  if (value !== undefined) out["id"] = value;
  value = item.displayName;
  if (value !== undefined) out["displayName"] = value;
  value = item.url;
  if (value !== undefined) out["url"] = value;
  value = item.eTag;
  if (value !== undefined) out["eTag"] = value;
  value = item.lastModified === undefined ? undefined : new Date(item.lastModified);
  if (value !== undefined) out["lastModified"] = value;
  value = item.creationTime === undefined ? undefined : new Date(item.creationTime);
  if (value !== undefined) out["creationTime"] = value;
  value = item.state;
  if (value !== undefined) out["state"] = value;
  value = item.stateTransitionTime === undefined ? undefined : new Date(item.stateTransitionTime);
  if (value !== undefined) out["stateTransitionTime"] = value;
  value = item.allocationState;
  if (value !== undefined) out["allocationState"] = value;
  value = item.allocationStateTransitionTime === undefined ? undefined : new Date(item.allocationStateTransitionTime);
  if (value !== undefined) out["allocationStateTransitionTime"] = value;
  value = item.vmSize;
  if (value !== undefined) out["vmSize"] = value;
  value =
    item.virtualMachineConfiguration === undefined
      ? undefined
      : virtualMachineConfigurationDeserializer(item.virtualMachineConfiguration);
  if (value !== undefined) out["virtualMachineConfiguration"] = value;
  value = item.vmSkuProfile === undefined ? undefined : virtualMachineSkuProfileDeserializer(item.vmSkuProfile);
  if (value !== undefined) out["vmSkuProfile"] = value;
  value = item.resizeTimeout;
  if (value !== undefined) out["resizeTimeout"] = value;
  value = item.resizeErrors === undefined ? undefined : item.resizeErrors.map((p) => resizeErrorDeserializer(p));
  if (value !== undefined) out["resizeErrors"] = value;
  value = item.currentDedicatedNodes;
  if (value !== undefined) out["currentDedicatedNodes"] = value;
  value = item.currentLowPriorityNodes;
  if (value !== undefined) out["currentLowPriorityNodes"] = value;
  value = item.targetDedicatedNodes;
  if (value !== undefined) out["targetDedicatedNodes"] = value;
  value = item.targetLowPriorityNodes;
  if (value !== undefined) out["targetLowPriorityNodes"] = value;
  value = item.enableAutoScale;
  if (value !== undefined) out["enableAutoScale"] = value;
  value = item.autoScaleFormula;
  if (value !== undefined) out["autoScaleFormula"] = value;
  value = item.autoScaleEvaluationInterval;
  if (value !== undefined) out["autoScaleEvaluationInterval"] = value;
  value = item.autoScaleRun === undefined ? undefined : autoScaleRunDeserializer(item.autoScaleRun);
  if (value !== undefined) out["autoScaleRun"] = value;
  value = item.enableInterNodeCommunication;
  if (value !== undefined) out["enableInterNodeCommunication"] = value;
  value =
    item.networkConfiguration === undefined ? undefined : networkConfigurationDeserializer(item.networkConfiguration);
  if (value !== undefined) out["networkConfiguration"] = value;
  value = item.startTask === undefined ? undefined : batchStartTaskDeserializer(item.startTask);
  if (value !== undefined) out["startTask"] = value;
  value =
    item.applicationPackageReferences === undefined
      ? undefined
      : item.applicationPackageReferences.map((p) => batchApplicationPackageReferenceDeserializer(p));
  if (value !== undefined) out["applicationPackageReferences"] = value;
  value = item.taskSlotsPerNode;
  if (value !== undefined) out["taskSlotsPerNode"] = value;
  value =
    item.taskSchedulingPolicy === undefined
      ? undefined
      : batchTaskSchedulingPolicyDeserializer(item.taskSchedulingPolicy);
  if (value !== undefined) out["taskSchedulingPolicy"] = value;
  value = item.userAccounts === undefined ? undefined : item.userAccounts.map((p) => userAccountDeserializer(p));
  if (value !== undefined) out["userAccounts"] = value;
  value = item.metadata === undefined ? undefined : item.metadata.map((p) => batchMetadataItemDeserializer(p));
  if (value !== undefined) out["metadata"] = value;
  value = item.stats === undefined ? undefined : batchPoolStatisticsDeserializer(item.stats);
  if (value !== undefined) out["poolStatistics"] = value;
  value =
    item.mountConfiguration === undefined
      ? undefined
      : item.mountConfiguration.map((p) => mountConfigurationDeserializer(p));
  if (value !== undefined) out["mountConfiguration"] = value;
  value = item.identity === undefined ? undefined : batchPoolIdentityDeserializer(item.identity);
  if (value !== undefined) out["identity"] = value;
  value = item.upgradePolicy === undefined ? undefined : upgradePolicyDeserializer(item.upgradePolicy);
  if (value !== undefined) out["upgradePolicy"] = value;
  return out as unknown as BatchPool;
}

/**
 * Converts a {@link BatchPoolCreateOptions} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchPoolCreateOptionsSerializer(item: BatchPoolCreateOptions): Rest.BatchPoolCreateOptions {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.id;
  if (value !== undefined) out["id"] = value;
  value = item.displayName;
  if (value !== undefined) out["displayName"] = value;
  value = item.vmSize;
  if (value !== undefined) out["vmSize"] = value;
  value =
    item.virtualMachineConfiguration === undefined
      ? undefined
      : virtualMachineConfigurationSerializer(item.virtualMachineConfiguration);
  if (value !== undefined) out["virtualMachineConfiguration"] = value;
  value = item.vmSkuProfile === undefined ? undefined : virtualMachineSkuProfileSerializer(item.vmSkuProfile);
  if (value !== undefined) out["vmSkuProfile"] = value;
  value = item.resizeTimeout;
  if (value !== undefined) out["resizeTimeout"] = value;
  value = item.targetDedicatedNodes;
  if (value !== undefined) out["targetDedicatedNodes"] = value;
  value = item.targetLowPriorityNodes;
  if (value !== undefined) out["targetLowPriorityNodes"] = value;
  value = item.enableAutoScale;
  if (value !== undefined) out["enableAutoScale"] = value;
  value = item.autoScaleFormula;
  if (value !== undefined) out["autoScaleFormula"] = value;
  value = item.autoScaleEvaluationInterval;
  if (value !== undefined) out["autoScaleEvaluationInterval"] = value;
  value = item.enableInterNodeCommunication;
  if (value !== undefined) out["enableInterNodeCommunication"] = value;
  value =
    item.networkConfiguration === undefined ? undefined : networkConfigurationSerializer(item.networkConfiguration);
  if (value !== undefined) out["networkConfiguration"] = value;
  value = item.startTask === undefined ? undefined : batchStartTaskSerializer(item.startTask);
  if (value !== undefined) out["startTask"] = value;
  value =
    item.applicationPackageReferences === undefined
      ? undefined
      : item.applicationPackageReferences.map((p) => batchApplicationPackageReferenceSerializer(p));
  if (value !== undefined) out["applicationPackageReferences"] = value;
  value = item.taskSlotsPerNode;
  if (value !== undefined) out["taskSlotsPerNode"] = value;
  value =
    item.taskSchedulingPolicy === undefined
      ? undefined
      : batchTaskSchedulingPolicySerializer(item.taskSchedulingPolicy);
  if (value !== undefined) out["taskSchedulingPolicy"] = value;
  value = item.userAccounts === undefined ? undefined : item.userAccounts.map((p) => userAccountSerializer(p));
  if (value !== undefined) out["userAccounts"] = value;
  value = item.metadata === undefined ? undefined : item.metadata.map((p) => batchMetadataItemSerializer(p));
  if (value !== undefined) out["metadata"] = value;
  value =
    item.mountConfiguration === undefined
      ? undefined
      : item.mountConfiguration.map((p) => mountConfigurationSerializer(p));
  if (value !== undefined) out["mountConfiguration"] = value;
  value = item.upgradePolicy === undefined ? undefined : upgradePolicySerializer(item.upgradePolicy);
  if (value !== undefined) out["upgradePolicy"] = value;
  return out as unknown as Rest.BatchPoolCreateOptions;
}

/**
 * Converts a {@link BatchPoolEnableAutoScaleOptions} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchPoolEnableAutoScaleOptionsSerializer(
  item: BatchPoolEnableAutoScaleOptions,
): Rest.BatchPoolEnableAutoScaleOptions {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.autoScaleFormula;
  if (value !== undefined) out["autoScaleFormula"] = value;
  value = item.autoScaleEvaluationInterval;
  if (value !== undefined) out["autoScaleEvaluationInterval"] = value;
  return out as unknown as Rest.BatchPoolEnableAutoScaleOptions;
}

/**
 * Converts a {@link BatchPoolEndpointConfiguration} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchPoolEndpointConfigurationSerializer(
  item: BatchPoolEndpointConfiguration,
): Rest.BatchPoolEndpointConfiguration {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.inboundNatPools.map((p) => batchInboundNatPoolSerializer(p));
  if (value !== undefined) out["inboundNATPools"] = value;
  return out as unknown as Rest.BatchPoolEndpointConfiguration;
}

/**
 * Converts the wire form of a {@link BatchPoolEndpointConfiguration} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchPoolEndpointConfigurationDeserializer(
  item: RestOutput.BatchPoolEndpointConfigurationOutput,
): BatchPoolEndpointConfiguration {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value =
    item.inboundNATPools === undefined
      ? undefined
      : item.inboundNATPools.map((p) => batchInboundNatPoolDeserializer(p));
  if (value !== undefined) out["inboundNatPools"] = value;
  return out as unknown as BatchPoolEndpointConfiguration;
}

/**
 * Converts a {@link BatchPoolEndpointConfigurationUpdate} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchPoolEndpointConfigurationUpdateSerializer(
  item: BatchPoolEndpointConfigurationUpdate,
): Rest.BatchPoolEndpointConfigurationUpdate {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value =
    item.inboundNatPools === undefined ? undefined : item.inboundNatPools.map((p) => batchInboundNatPoolSerializer(p));
  if (value !== undefined) out["inboundNATPools"] = value;
  return out as unknown as Rest.BatchPoolEndpointConfigurationUpdate;
}

/**
 * Converts a {@link BatchPoolEvaluateAutoScaleOptions} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchPoolEvaluateAutoScaleOptionsSerializer(
  item: BatchPoolEvaluateAutoScaleOptions,
): Rest.BatchPoolEvaluateAutoScaleOptions {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.autoScaleFormula;
  if (value !== undefined) out["autoScaleFormula"] = value;
  return out as unknown as Rest.BatchPoolEvaluateAutoScaleOptions;
}

/**
 * Converts the wire form of a {@link BatchPoolIdentity} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchPoolIdentityDeserializer(item: RestOutput.BatchPoolIdentityOutput): BatchPoolIdentity {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.type;
  if (value !== undefined) out["type"] = value;
  value =
    item.userAssignedIdentities === undefined
      ? undefined
      : item.userAssignedIdentities.map((p) => batchUserAssignedIdentityDeserializer(p));
  if (value !== undefined) out["userAssignedIdentities"] = value;
  return out as unknown as BatchPoolIdentity;
}

/**
 * Converts a {@link BatchPoolIdentityReference} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchPoolIdentityReferenceSerializer(
  item: BatchPoolIdentityReference,
): Rest.BatchPoolIdentityReference {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.resourceId;
  if (value !== undefined) out["resourceId"] = value;
  return out as unknown as Rest.BatchPoolIdentityReference;
}

/**
 * Converts the wire form of a {@link BatchPoolIdentityReference} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchPoolIdentityReferenceDeserializer(
  item: RestOutput.BatchPoolIdentityReferenceOutput,
): BatchPoolIdentityReference {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.resourceId;
  if (value !== undefined) out["resourceId"] = value;
  return out as unknown as BatchPoolIdentityReference;
}

/**
 * Converts a {@link BatchPoolInfo} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchPoolInfoSerializer(item: BatchPoolInfo): Rest.BatchPoolInfo {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.poolId;
  if (value !== undefined) out["poolId"] = value;
  value =
    item.autoPoolSpecification === undefined
      ? undefined
      : batchAutoPoolSpecificationSerializer(item.autoPoolSpecification);
  if (value !== undefined) out["autoPoolSpecification"] = value;
  return out as unknown as Rest.BatchPoolInfo;
}

/**
 * Converts the wire form of a {@link BatchPoolInfo} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchPoolInfoDeserializer(item: RestOutput.BatchPoolInfoOutput): BatchPoolInfo {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.poolId;
  if (value !== undefined) out["poolId"] = value;
  value =
    item.autoPoolSpecification === undefined
      ? undefined
      : batchAutoPoolSpecificationDeserializer(item.autoPoolSpecification);
  if (value !== undefined) out["autoPoolSpecification"] = value;
  return out as unknown as BatchPoolInfo;
}

/**
 * Converts a {@link BatchPoolInfoUpdate} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchPoolInfoUpdateSerializer(item: BatchPoolInfoUpdate): Rest.BatchPoolInfoUpdate {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.poolId;
  if (value !== undefined) out["poolId"] = value;
  value =
    item.autoPoolSpecification === undefined
      ? undefined
      : batchAutoPoolSpecificationUpdateSerializer(item.autoPoolSpecification);
  if (value !== undefined) out["autoPoolSpecification"] = value;
  return out as unknown as Rest.BatchPoolInfoUpdate;
}

/**
 * Converts the wire form of a {@link BatchPoolListResult} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchPoolListResultDeserializer(item: RestOutput.BatchPoolListResultOutput): BatchPoolListResult {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.value === undefined ? undefined : item.value.map((p) => batchPoolDeserializer(p));
  if (value !== undefined) out["value"] = value;
  value = item["odata.nextLink"];
  if (value !== undefined) out["odataNextLink"] = value;
  return out as unknown as BatchPoolListResult;
}

/**
 * Converts the wire form of a {@link BatchPoolNodeCounts} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchPoolNodeCountsDeserializer(item: RestOutput.BatchPoolNodeCountsOutput): BatchPoolNodeCounts {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.poolId;
  if (value !== undefined) out["poolId"] = value;
  value = item.dedicated === undefined ? undefined : batchNodeCountsDeserializer(item.dedicated);
  if (value !== undefined) out["dedicated"] = value;
  value = item.lowPriority === undefined ? undefined : batchNodeCountsDeserializer(item.lowPriority);
  if (value !== undefined) out["lowPriority"] = value;
  return out as unknown as BatchPoolNodeCounts;
}

/**
 * Converts the wire form of a {@link BatchPoolNodeCountsListResult} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchPoolNodeCountsListResultDeserializer(
  item: RestOutput.BatchPoolNodeCountsListResultOutput,
): BatchPoolNodeCountsListResult {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.value === undefined ? undefined : item.value.map((p) => batchPoolNodeCountsDeserializer(p));
  if (value !== undefined) out["value"] = value;
  value = item["odata.nextLink"];
  if (value !== undefined) out["odataNextLink"] = value;
  return out as unknown as BatchPoolNodeCountsListResult;
}

/**
 * Converts a {@link BatchPoolReplaceOptions} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchPoolReplaceOptionsSerializer(item: BatchPoolReplaceOptions): Rest.BatchPoolReplaceOptions {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.startTask === undefined ? undefined : batchStartTaskSerializer(item.startTask);
  if (value !== undefined) out["startTask"] = value;
  value = item.applicationPackageReferences.map((p) => batchApplicationPackageReferenceSerializer(p));
  if (value !== undefined) out["applicationPackageReferences"] = value;
  value = item.metadata.map((p) => batchMetadataItemSerializer(p));
  if (value !== undefined) out["metadata"] = value;
  return out as unknown as Rest.BatchPoolReplaceOptions;
}

/**
 * Converts a {@link BatchPoolResizeOptions} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchPoolResizeOptionsSerializer(item: BatchPoolResizeOptions): Rest.BatchPoolResizeOptions {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.targetDedicatedNodes;
  if (value !== undefined) out["targetDedicatedNodes"] = value;
  value = item.targetLowPriorityNodes;
  if (value !== undefined) out["targetLowPriorityNodes"] = value;
  value = item.resizeTimeout;
  if (value !== undefined) out["resizeTimeout"] = value;
  value = item.nodeDeallocationOption;
  if (value !== undefined) out["nodeDeallocationOption"] = value;
  return out as unknown as Rest.BatchPoolResizeOptions;
}

/**
 * Converts the wire form of a {@link BatchPoolResourceStatistics} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchPoolResourceStatisticsDeserializer(
  item: RestOutput.BatchPoolResourceStatisticsOutput,
): BatchPoolResourceStatistics {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.startTime === undefined ? undefined : new Date(item.startTime);
  if (value !== undefined) out["startTime"] = value;
  value = item.lastUpdateTime === undefined ? undefined : new Date(item.lastUpdateTime);
  if (value !== undefined) out["lastUpdateTime"] = value;
  value = item.avgCPUPercentage;
  if (value !== undefined) out["avgCpuPercentage"] = value;
  value = item.avgMemoryGiB;
  if (value !== undefined) out["avgMemoryGiB"] = value;
  value = item.peakMemoryGiB;
  if (value !== undefined) out["peakMemoryGiB"] = value;
  value = item.avgDiskGiB;
  if (value !== undefined) out["avgDiskGiB"] = value;
  value = item.peakDiskGiB;
  if (value !== undefined) out["peakDiskGiB"] = value;
  value = item.diskReadIOps === undefined ? undefined : Number(item.diskReadIOps);
  if (value !== undefined) out["diskReadIops"] = value;
  value = item.diskWriteIOps === undefined ? undefined : Number(item.diskWriteIOps);
  if (value !== undefined) out["diskWriteIops"] = value;
  value = item.diskReadGiB;
  if (value !== undefined) out["diskReadGiB"] = value;
  value = item.diskWriteGiB;
  if (value !== undefined) out["diskWriteGiB"] = value;
  value = item.networkReadGiB;
  if (value !== undefined) out["networkReadGiB"] = value;
  value = item.networkWriteGiB;
  if (value !== undefined) out["networkWriteGiB"] = value;
  return out as unknown as BatchPoolResourceStatistics;
}

/**
 * Converts a {@link BatchPoolSpecification} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchPoolSpecificationSerializer(item: BatchPoolSpecification): Rest.BatchPoolSpecification {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.displayName;
  if (value !== undefined) out["displayName"] = value;
  value = item.vmSize;
  if (value !== undefined) out["vmSize"] = value;
  value =
    item.virtualMachineConfiguration === undefined
      ? undefined
      : virtualMachineConfigurationSerializer(item.virtualMachineConfiguration);
  if (value !== undefined) out["virtualMachineConfiguration"] = value;
  value = item.taskSlotsPerNode;
  if (value !== undefined) out["taskSlotsPerNode"] = value;
  value =
    item.taskSchedulingPolicy === undefined
      ? undefined
      : batchTaskSchedulingPolicySerializer(item.taskSchedulingPolicy);
  if (value !== undefined) out["taskSchedulingPolicy"] = value;
  value = item.resizeTimeout;
  if (value !== undefined) out["resizeTimeout"] = value;
  value = item.targetDedicatedNodes;
  if (value !== undefined) out["targetDedicatedNodes"] = value;
  value = item.targetLowPriorityNodes;
  if (value !== undefined) out["targetLowPriorityNodes"] = value;
  value = item.enableAutoScale;
  if (value !== undefined) out["enableAutoScale"] = value;
  value = item.autoScaleFormula;
  if (value !== undefined) out["autoScaleFormula"] = value;
  value = item.autoScaleEvaluationInterval;
  if (value !== undefined) out["autoScaleEvaluationInterval"] = value;
  value = item.enableInterNodeCommunication;
  if (value !== undefined) out["enableInterNodeCommunication"] = value;
  value =
    item.networkConfiguration === undefined ? undefined : networkConfigurationSerializer(item.networkConfiguration);
  if (value !== undefined) out["networkConfiguration"] = value;
  value = item.startTask === undefined ? undefined : batchStartTaskSerializer(item.startTask);
  if (value !== undefined) out["startTask"] = value;
  value =
    item.applicationPackageReferences === undefined
      ? undefined
      : item.applicationPackageReferences.map((p) => batchApplicationPackageReferenceSerializer(p));
  if (value !== undefined) out["applicationPackageReferences"] = value;
  value = item.userAccounts === undefined ? undefined : item.userAccounts.map((p) => userAccountSerializer(p));
  if (value !== undefined) out["userAccounts"] = value;
  value = item.metadata === undefined ? undefined : item.metadata.map((p) => batchMetadataItemSerializer(p));
  if (value !== undefined) out["metadata"] = value;
  value =
    item.mountConfiguration === undefined
      ? undefined
      : item.mountConfiguration.map((p) => mountConfigurationSerializer(p));
  if (value !== undefined) out["mountConfiguration"] = value;
  value = item.upgradePolicy === undefined ? undefined : upgradePolicySerializer(item.upgradePolicy);
  if (value !== undefined) out["upgradePolicy"] = value;
  return out as unknown as Rest.BatchPoolSpecification;
}

/**
 * Converts the wire form of a {@link BatchPoolSpecification} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchPoolSpecificationDeserializer(
  item: RestOutput.BatchPoolSpecificationOutput,
): BatchPoolSpecification {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.displayName;
  if (value !== undefined) out["displayName"] = value;
  value = item.vmSize;
  if (value !== undefined) out["vmSize"] = value;
  value =
    item.virtualMachineConfiguration === undefined
      ? undefined
      : virtualMachineConfigurationDeserializer(item.virtualMachineConfiguration);
  if (value !== undefined) out["virtualMachineConfiguration"] = value;
  value = item.taskSlotsPerNode;
  if (value !== undefined) out["taskSlotsPerNode"] = value;
  value =
    item.taskSchedulingPolicy === undefined
      ? undefined
      : batchTaskSchedulingPolicyDeserializer(item.taskSchedulingPolicy);
  if (value !== undefined) out["taskSchedulingPolicy"] = value;
  value = item.resizeTimeout;
  if (value !== undefined) out["resizeTimeout"] = value;
  value = item.targetDedicatedNodes;
  if (value !== undefined) out["targetDedicatedNodes"] = value;
  value = item.targetLowPriorityNodes;
  if (value !== undefined) out["targetLowPriorityNodes"] = value;
  value = item.enableAutoScale;
  if (value !== undefined) out["enableAutoScale"] = value;
  value = item.autoScaleFormula;
  if (value !== undefined) out["autoScaleFormula"] = value;
  value = item.autoScaleEvaluationInterval;
  if (value !== undefined) out["autoScaleEvaluationInterval"] = value;
  value = item.enableInterNodeCommunication;
  if (value !== undefined) out["enableInterNodeCommunication"] = value;
  value =
    item.networkConfiguration === undefined ? undefined : networkConfigurationDeserializer(item.networkConfiguration);
  if (value !== undefined) out["networkConfiguration"] = value;
  value = item.startTask === undefined ? undefined : batchStartTaskDeserializer(item.startTask);
  if (value !== undefined) out["startTask"] = value;
  value =
    item.applicationPackageReferences === undefined
      ? undefined
      : item.applicationPackageReferences.map((p) => batchApplicationPackageReferenceDeserializer(p));
  if (value !== undefined) out["applicationPackageReferences"] = value;
  value = item.userAccounts === undefined ? undefined : item.userAccounts.map((p) => userAccountDeserializer(p));
  if (value !== undefined) out["userAccounts"] = value;
  value = item.metadata === undefined ? undefined : item.metadata.map((p) => batchMetadataItemDeserializer(p));
  if (value !== undefined) out["metadata"] = value;
  value =
    item.mountConfiguration === undefined
      ? undefined
      : item.mountConfiguration.map((p) => mountConfigurationDeserializer(p));
  if (value !== undefined) out["mountConfiguration"] = value;
  value = item.upgradePolicy === undefined ? undefined : upgradePolicyDeserializer(item.upgradePolicy);
  if (value !== undefined) out["upgradePolicy"] = value;
  return out as unknown as BatchPoolSpecification;
}

/**
 * Converts a {@link BatchPoolSpecificationUpdate} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchPoolSpecificationUpdateSerializer(
  item: BatchPoolSpecificationUpdate,
): Rest.BatchPoolSpecificationUpdate {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.displayName;
  if (value !== undefined) out["displayName"] = value;
  value = item.vmSize;
  if (value !== undefined) out["vmSize"] = value;
  value =
    item.virtualMachineConfiguration === undefined
      ? undefined
      : virtualMachineConfigurationUpdateSerializer(item.virtualMachineConfiguration);
  if (value !== undefined) out["virtualMachineConfiguration"] = value;
  value = item.taskSlotsPerNode;
  if (value !== undefined) out["taskSlotsPerNode"] = value;
  value =
    item.taskSchedulingPolicy === undefined
      ? undefined
      : batchTaskSchedulingPolicyUpdateSerializer(item.taskSchedulingPolicy);
  if (value !== undefined) out["taskSchedulingPolicy"] = value;
  value = item.resizeTimeout;
  if (value !== undefined) out["resizeTimeout"] = value;
  value = item.targetDedicatedNodes;
  if (value !== undefined) out["targetDedicatedNodes"] = value;
  value = item.targetLowPriorityNodes;
  if (value !== undefined) out["targetLowPriorityNodes"] = value;
  value = item.enableAutoScale;
  if (value !== undefined) out["enableAutoScale"] = value;
  value = item.autoScaleFormula;
  if (value !== undefined) out["autoScaleFormula"] = value;
  value = item.autoScaleEvaluationInterval;
  if (value !== undefined) out["autoScaleEvaluationInterval"] = value;
  value = item.enableInterNodeCommunication;
  if (value !== undefined) out["enableInterNodeCommunication"] = value;
  value =
    item.networkConfiguration === undefined
      ? undefined
      : networkConfigurationUpdateSerializer(item.networkConfiguration);
  if (value !== undefined) out["networkConfiguration"] = value;
  value = item.startTask === undefined ? undefined : batchStartTaskUpdateSerializer(item.startTask);
  if (value !== undefined) out["startTask"] = value;
  value =
    item.applicationPackageReferences === undefined
      ? undefined
      : item.applicationPackageReferences.map((p) => batchApplicationPackageReferenceSerializer(p));
  if (value !== undefined) out["applicationPackageReferences"] = value;
  value = item.userAccounts === undefined ? undefined : item.userAccounts.map((p) => userAccountSerializer(p));
  if (value !== undefined) out["userAccounts"] = value;
  value = item.metadata === undefined ? undefined : item.metadata.map((p) => batchMetadataItemSerializer(p));
  if (value !== undefined) out["metadata"] = value;
  value =
    item.mountConfiguration === undefined
      ? undefined
      : item.mountConfiguration.map((p) => mountConfigurationSerializer(p));
  if (value !== undefined) out["mountConfiguration"] = value;
  value = item.upgradePolicy === undefined ? undefined : upgradePolicyUpdateSerializer(item.upgradePolicy);
  if (value !== undefined) out["upgradePolicy"] = value;
  return out as unknown as Rest.BatchPoolSpecificationUpdate;
}

/**
 * Converts the wire form of a {@link BatchPoolStatistics} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchPoolStatisticsDeserializer(item: RestOutput.BatchPoolStatisticsOutput): BatchPoolStatistics {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.url;
  if (value !== undefined) out["url"] = value;
  value = item.startTime === undefined ? undefined : new Date(item.startTime);
  if (value !== undefined) out["startTime"] = value;
  value = item.lastUpdateTime === undefined ? undefined : new Date(item.lastUpdateTime);
  if (value !== undefined) out["lastUpdateTime"] = value;
  value = item.resourceStats === undefined ? undefined : batchPoolResourceStatisticsDeserializer(item.resourceStats);
  if (value !== undefined) out["resourceStatistics"] = value;
  return out as unknown as BatchPoolStatistics;
}

/**
 * Converts a {@link BatchPoolUpdateOptions} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchPoolUpdateOptionsSerializer(item: BatchPoolUpdateOptions): Rest.BatchPoolUpdateOptions {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.displayName;
  if (value !== undefined) out["displayName"] = value;
  value = item.vmSize;
  if (value !== undefined) out["vmSize"] = value;
  value = item.enableInterNodeCommunication;
  if (value !== undefined) out["enableInterNodeCommunication"] = value;
  value = item.startTask === undefined ? undefined : batchStartTaskUpdateSerializer(item.startTask);
  if (value !== undefined) out["startTask"] = value;
  value =
    item.applicationPackageReferences === undefined
      ? undefined
      : item.applicationPackageReferences.map((p) => batchApplicationPackageReferenceSerializer(p));
  if (value !== undefined) out["applicationPackageReferences"] = value;
  value = item.metadata === undefined ? undefined : item.metadata.map((p) => batchMetadataItemSerializer(p));
  if (value !== undefined) out["metadata"] = value;
  value =
    item.virtualMachineConfiguration === undefined
      ? undefined
      : virtualMachineConfigurationUpdateSerializer(item.virtualMachineConfiguration);
  if (value !== undefined) out["virtualMachineConfiguration"] = value;
  value = item.vmSkuProfile === undefined ? undefined : virtualMachineSkuProfileSerializer(item.vmSkuProfile);
  if (value !== undefined) out["vmSkuProfile"] = value;
  value = item.taskSlotsPerNode;
  if (value !== undefined) out["taskSlotsPerNode"] = value;
  value =
    item.taskSchedulingPolicy === undefined
      ? undefined
      : batchTaskSchedulingPolicyUpdateSerializer(item.taskSchedulingPolicy);
  if (value !== undefined) out["taskSchedulingPolicy"] = value;
  value =
    item.networkConfiguration === undefined
      ? undefined
      : networkConfigurationUpdateSerializer(item.networkConfiguration);
  if (value !== undefined) out["networkConfiguration"] = value;
  value = item.userAccounts === undefined ? undefined : item.userAccounts.map((p) => userAccountSerializer(p));
  if (value !== undefined) out["userAccounts"] = value;
  value =
    item.mountConfiguration === undefined
      ? undefined
      : item.mountConfiguration.map((p) => mountConfigurationSerializer(p));
  if (value !== undefined) out["mountConfiguration"] = value;
  value = item.upgradePolicy === undefined ? undefined : upgradePolicyUpdateSerializer(item.upgradePolicy);
  if (value !== undefined) out["upgradePolicy"] = value;
  return out as unknown as Rest.BatchPoolUpdateOptions;
}

/**
 * Converts a {@link BatchPublicIpAddressConfiguration} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchPublicIpAddressConfigurationSerializer(
  item: BatchPublicIpAddressConfiguration,
): Rest.BatchPublicIpAddressConfiguration {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.ipAddressProvisioningType;
  if (value !== undefined) out["provision"] = value;
  value = item.ipFamilies;
  if (value !== undefined) out["ipFamilies"] = value;
  value = item.ipAddressIds;
  if (value !== undefined) out["ipAddressIds"] = value;
  value = item.ipTags === undefined ? undefined : item.ipTags.map((p) => iPTagSerializer(p));
  if (value !== undefined) out["ipTags"] = value;
  return out as unknown as Rest.BatchPublicIpAddressConfiguration;
}

/**
 * Converts the wire form of a {@link BatchPublicIpAddressConfiguration} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchPublicIpAddressConfigurationDeserializer(
  item: RestOutput.BatchPublicIpAddressConfigurationOutput,
): BatchPublicIpAddressConfiguration {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.provision;
  if (value !== undefined) out["ipAddressProvisioningType"] = value;
  value = item.ipFamilies;
  if (value !== undefined) out["ipFamilies"] = value;
  value = item.ipAddressIds;
  if (value !== undefined) out["ipAddressIds"] = value;
  value = item.ipTags === undefined ? undefined : item.ipTags.map((p) => iPTagDeserializer(p));
  if (value !== undefined) out["ipTags"] = value;
  return out as unknown as BatchPublicIpAddressConfiguration;
}

/**
 * Converts a {@link BatchStartTask} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchStartTaskSerializer(item: BatchStartTask): Rest.BatchStartTask {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.commandLine;
  if (value !== undefined) out["commandLine"] = value;
  value =
    item.containerSettings === undefined ? undefined : batchTaskContainerSettingsSerializer(item.containerSettings);
  if (value !== undefined) out["containerSettings"] = value;
  value = item.resourceFiles === undefined ? undefined : item.resourceFiles.map((p) => resourceFileSerializer(p));
  if (value !== undefined) out["resourceFiles"] = value;
  value =
    item.environmentSettings === undefined
      ? undefined
      : item.environmentSettings.map((p) => environmentSettingSerializer(p));
  if (value !== undefined) out["environmentSettings"] = value;
  value = item.userIdentity === undefined ? undefined : userIdentitySerializer(item.userIdentity);
  if (value !== undefined) out["userIdentity"] = value;
  value = item.maxTaskRetryCount;
  if (value !== undefined) out["maxTaskRetryCount"] = value;
  value = item.waitForSuccess;
  if (value !== undefined) out["waitForSuccess"] = value;
  return out as unknown as Rest.BatchStartTask;
}

/**
 * Converts the wire form of a {@link BatchStartTask} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchStartTaskDeserializer(item: RestOutput.BatchStartTaskOutput): BatchStartTask {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.commandLine;
  if (value !== undefined) out["commandLine"] = value;
  value =
    item.containerSettings === undefined ? undefined : batchTaskContainerSettingsDeserializer(item.containerSettings);
  if (value !== undefined) out["containerSettings"] = value;
  value = item.resourceFiles === undefined ? undefined : item.resourceFiles.map((p) => resourceFileDeserializer(p));
  if (value !== undefined) out["resourceFiles"] = value;
  value =
    item.environmentSettings === undefined
      ? undefined
      : item.environmentSettings.map((p) => environmentSettingDeserializer(p));
  if (value !== undefined) out["environmentSettings"] = value;
  value = item.userIdentity === undefined ? undefined : userIdentityDeserializer(item.userIdentity);
  if (value !== undefined) out["userIdentity"] = value;
  value = item.maxTaskRetryCount;
  if (value !== undefined) out["maxTaskRetryCount"] = value;
  value = item.waitForSuccess;
  if (value !== undefined) out["waitForSuccess"] = value;
  return out as unknown as BatchStartTask;
}

/**
 * Converts the wire form of a {@link BatchStartTaskInfo} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchStartTaskInfoDeserializer(item: RestOutput.BatchStartTaskInfoOutput): BatchStartTaskInfo {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.state;
  if (value !== undefined) out["state"] = value;
  value = item.startTime === undefined ? undefined : new Date(item.startTime);
  if (value !== undefined) out["startTime"] = value;
  value = item.endTime === undefined ? undefined : new Date(item.endTime);
  if (value !== undefined) out["endTime"] = value;
  value = item.exitCode;
  if (value !== undefined) out["exitCode"] = value;
  value =
    item.containerInfo === undefined ? undefined : batchTaskContainerExecutionInfoDeserializer(item.containerInfo);
  if (value !== undefined) out["containerInfo"] = value;
  value = item.failureInfo === undefined ? undefined : batchTaskFailureInfoDeserializer(item.failureInfo);
  if (value !== undefined) out["failureInfo"] = value;
  value = item.retryCount;
  if (value !== undefined) out["retryCount"] = value;
  value = item.lastRetryTime === undefined ? undefined : new Date(item.lastRetryTime);
  if (value !== undefined) out["lastRetryTime"] = value;
  value = item.result;
  if (value !== undefined) out["result"] = value;
  return out as unknown as BatchStartTaskInfo;
}

/**
 * Converts a {@link BatchStartTaskUpdate} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchStartTaskUpdateSerializer(item: BatchStartTaskUpdate): Rest.BatchStartTaskUpdate {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.commandLine;
  if (value !== undefined) out["commandLine"] = value;
  value =
    item.containerSettings === undefined
      ? undefined
      : batchTaskContainerSettingsUpdateSerializer(item.containerSettings);
  if (value !== undefined) out["containerSettings"] = value;
  value = item.resourceFiles === undefined ? undefined : item.resourceFiles.map((p) => resourceFileSerializer(p));
  if (value !== undefined) out["resourceFiles"] = value;
  value =
    item.environmentSettings === undefined
      ? undefined
      : item.environmentSettings.map((p) => environmentSettingSerializer(p));
  if (value !== undefined) out["environmentSettings"] = value;
  value = item.userIdentity === undefined ? undefined : userIdentitySerializer(item.userIdentity);
  if (value !== undefined) out["userIdentity"] = value;
  value = item.maxTaskRetryCount;
  if (value !== undefined) out["maxTaskRetryCount"] = value;
  value = item.waitForSuccess;
  if (value !== undefined) out["waitForSuccess"] = value;
  return out as unknown as Rest.BatchStartTaskUpdate;
}

/**
 * Converts the wire form of a {@link BatchSubtask} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchSubtaskDeserializer(item: RestOutput.BatchSubtaskOutput): BatchSubtask {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.id;
  if (value !== undefined) out["id"] = value;
  value = item.nodeInfo === undefined ? undefined : batchNodeInfoDeserializer(item.nodeInfo);
  if (value !== undefined) out["nodeInfo"] = value;
  value = item.startTime === undefined ? undefined : new Date(item.startTime);
  if (value !== undefined) out["startTime"] = value;
  value = item.endTime === undefined ? undefined : new Date(item.endTime);
  if (value !== undefined) out["endTime"] = value;
  value = item.exitCode;
  if (value !== undefined) out["exitCode"] = value;
  value =
    item.containerInfo === undefined ? undefined : batchTaskContainerExecutionInfoDeserializer(item.containerInfo);
  if (value !== undefined) out["containerInfo"] = value;
  value = item.failureInfo === undefined ? undefined : batchTaskFailureInfoDeserializer(item.failureInfo);
  if (value !== undefined) out["failureInfo"] = value;
  value = item.state;
  if (value !== undefined) out["state"] = value;
  value = item.stateTransitionTime === undefined ? undefined : new Date(item.stateTransitionTime);
  if (value !== undefined) out["stateTransitionTime"] = value;
  value = item.previousState;
  if (value !== undefined) out["previousState"] = value;
  value = item.previousStateTransitionTime === undefined ? undefined : new Date(item.previousStateTransitionTime);
  if (value !== undefined) out["previousStateTransitionTime"] = value;
  value = item.result;
  if (value !== undefined) out["result"] = value;
  return out as unknown as BatchSubtask;
}

/**
 * Converts the wire form of a {@link BatchSupportedImage} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchSupportedImageDeserializer(item: RestOutput.BatchSupportedImageOutput): BatchSupportedImage {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.nodeAgentSKUId;
  if (value !== undefined) out["nodeAgentSkuId"] = value;
  value = item.imageReference === undefined ? undefined : batchVmImageReferenceDeserializer(item.imageReference);
  if (value !== undefined) out["imageReference"] = value;
  value = item.osType;
  if (value !== undefined) out["osType"] = value;
  value = item.capabilities;
  if (value !== undefined) out["capabilities"] = value;
  value = item.batchSupportEndOfLife === undefined ? undefined : new Date(item.batchSupportEndOfLife);
  if (value !== undefined) out["batchSupportEndOfLife"] = value;
  value = item.verificationType;
  if (value !== undefined) out["verificationType"] = value;
  return out as unknown as BatchSupportedImage;
}

/**
 * Converts a {@link BatchTask} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchTaskSerializer(item: BatchTask): Rest.BatchTask {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.constraints === undefined ? undefined : batchTaskConstraintsSerializer(item.constraints);
  if (value !== undefined) out["constraints"] = value;
  return out as unknown as Rest.BatchTask;
}

/**
 * Converts the wire form of a {@link BatchTask} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchTaskDeserializer(item: RestOutput.BatchTaskOutput): BatchTask {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.id;
  if (value !== undefined) out["id"] = value;
  value = item.displayName;
  if (value !== undefined) out["displayName"] = value;
  value = item.url;
  if (value !== undefined) out["url"] = value;
  value = item.eTag;
  if (value !== undefined) out["eTag"] = value;
  value = item.lastModified === undefined ? undefined : new Date(item.lastModified);
  if (value !== undefined) out["lastModified"] = value;
  value = item.creationTime === undefined ? undefined : new Date(item.creationTime);
  if (value !== undefined) out["creationTime"] = value;
  value = item.exitConditions === undefined ? undefined : exitConditionsDeserializer(item.exitConditions);
  if (value !== undefined) out["exitConditions"] = value;
  value = item.state;
  if (value !== undefined) out["state"] = value;
  value = item.stateTransitionTime === undefined ? undefined : new Date(item.stateTransitionTime);
  if (value !== undefined) out["stateTransitionTime"] = value;
  value = item.previousState;
  if (value !== undefined) out["previousState"] = value;
  value = item.previousStateTransitionTime === undefined ? undefined : new Date(item.previousStateTransitionTime);
  if (value !== undefined) out["previousStateTransitionTime"] = value;
  value = item.commandLine;
  if (value !== undefined) out["commandLine"] = value;
  value =
    item.containerSettings === undefined ? undefined : batchTaskContainerSettingsDeserializer(item.containerSettings);
  if (value !== undefined) out["containerSettings"] = value;
  value = item.resourceFiles === undefined ? undefined : item.resourceFiles.map((p) => resourceFileDeserializer(p));
  if (value !== undefined) out["resourceFiles"] = value;
  value = item.outputFiles === undefined ? undefined : item.outputFiles.map((p) => outputFileDeserializer(p));
  if (value !== undefined) out["outputFiles"] = value;
  value =
    item.environmentSettings === undefined
      ? undefined
      : item.environmentSettings.map((p) => environmentSettingDeserializer(p));
  if (value !== undefined) out["environmentSettings"] = value;
  value = item.affinityInfo === undefined ? undefined : batchAffinityInfoDeserializer(item.affinityInfo);
  if (value !== undefined) out["affinityInfo"] = value;
  value = item.constraints === undefined ? undefined : batchTaskConstraintsDeserializer(item.constraints);
  if (value !== undefined) out["constraints"] = value;
  value = item.requiredSlots;
  if (value !== undefined) out["requiredSlots"] = value;
  value = item.userIdentity === undefined ? undefined : userIdentityDeserializer(item.userIdentity);
  if (value !== undefined) out["userIdentity"] = value;
  value = item.executionInfo === undefined ? undefined : batchTaskExecutionInfoDeserializer(item.executionInfo);
  if (value !== undefined) out["executionInfo"] = value;
  value = item.nodeInfo === undefined ? undefined : batchNodeInfoDeserializer(item.nodeInfo);
  if (value !== undefined) out["nodeInfo"] = value;
  value =
    item.multiInstanceSettings === undefined
      ? undefined
      : multiInstanceSettingsDeserializer(item.multiInstanceSettings);
  if (value !== undefined) out["multiInstanceSettings"] = value;
  value = item.stats === undefined ? undefined : batchTaskStatisticsDeserializer(item.stats);
  if (value !== undefined) out["taskStatistics"] = value;
  value = item.dependsOn === undefined ? undefined : batchTaskDependenciesDeserializer(item.dependsOn);
  if (value !== undefined) out["dependsOn"] = value;
  value =
    item.applicationPackageReferences === undefined
      ? undefined
      : item.applicationPackageReferences.map((p) => batchApplicationPackageReferenceDeserializer(p));
  if (value !== undefined) out["applicationPackageReferences"] = value;
  return out as unknown as BatchTask;
}

/**
 * Converts a {@link BatchTaskConstraints} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchTaskConstraintsSerializer(item: BatchTaskConstraints): Rest.BatchTaskConstraints {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.maxWallClockTime;
  if (value !== undefined) out["maxWallClockTime"] = value;
  value = item.retentionTime;
  if (value !== undefined) out["retentionTime"] = value;
  value = item.maxTaskRetryCount;
  if (value !== undefined) out["maxTaskRetryCount"] = value;
  return out as unknown as Rest.BatchTaskConstraints;
}

/**
 * Converts the wire form of a {@link BatchTaskConstraints} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchTaskConstraintsDeserializer(item: RestOutput.BatchTaskConstraintsOutput): BatchTaskConstraints {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.maxWallClockTime;
  if (value !== undefined) out["maxWallClockTime"] = value;
  value = item.retentionTime;
  if (value !== undefined) out["retentionTime"] = value;
  value = item.maxTaskRetryCount;
  if (value !== undefined) out["maxTaskRetryCount"] = value;
  return out as unknown as BatchTaskConstraints;
}

/**
 * Converts a {@link BatchTaskContainerExecutionInfo} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchTaskContainerExecutionInfoSerializer(
  item: BatchTaskContainerExecutionInfo,
): Rest.BatchTaskContainerExecutionInfo {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.containerId;
  if (value !== undefined) out["containerId"] = value;
  value = item.state;
  if (value !== undefined) out["state"] = value;
  value = item.error;
  if (value !== undefined) out["error"] = value;
  return out as unknown as Rest.BatchTaskContainerExecutionInfo;
}

/**
 * Converts the wire form of a {@link BatchTaskContainerExecutionInfo} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchTaskContainerExecutionInfoDeserializer(
  item: RestOutput.BatchTaskContainerExecutionInfoOutput,
): BatchTaskContainerExecutionInfo {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.containerId;
  if (value !== undefined) out["containerId"] = value;
  value = item.state;
  if (value !== undefined) out["state"] = value;
  value = item.error;
  if (value !== undefined) out["error"] = value;
  return out as unknown as BatchTaskContainerExecutionInfo;
}

/**
 * Converts a {@link BatchTaskContainerSettings} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchTaskContainerSettingsSerializer(
  item: BatchTaskContainerSettings,
): Rest.BatchTaskContainerSettings {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.containerRunOptions;
  if (value !== undefined) out["containerRunOptions"] = value;
  value = item.imageName;
  if (value !== undefined) out["imageName"] = value;
  value = item.registry === undefined ? undefined : containerRegistryReferenceSerializer(item.registry);
  if (value !== undefined) out["registry"] = value;
  value = item.workingDirectory;
  if (value !== undefined) out["workingDirectory"] = value;
  value =
    item.containerHostBatchBindMounts === undefined
      ? undefined
      : item.containerHostBatchBindMounts.map((p) => containerHostBatchBindMountEntrySerializer(p));
  if (value !== undefined) out["containerHostBatchBindMounts"] = value;
  return out as unknown as Rest.BatchTaskContainerSettings;
}

/**
 * Converts the wire form of a {@link BatchTaskContainerSettings} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchTaskContainerSettingsDeserializer(
  item: RestOutput.BatchTaskContainerSettingsOutput,
): BatchTaskContainerSettings {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.containerRunOptions;
  if (value !== undefined) out["containerRunOptions"] = value;
  value = item.imageName;
  if (value !== undefined) out["imageName"] = value;
  value = item.registry === undefined ? undefined : containerRegistryReferenceDeserializer(item.registry);
  if (value !== undefined) out["registry"] = value;
  value = item.workingDirectory;
  if (value !== undefined) out["workingDirectory"] = value;
  value =
    item.containerHostBatchBindMounts === undefined
      ? undefined
      : item.containerHostBatchBindMounts.map((p) => containerHostBatchBindMountEntryDeserializer(p));
  if (value !== undefined) out["containerHostBatchBindMounts"] = value;
  return out as unknown as BatchTaskContainerSettings;
}

/**
 * Converts a {@link BatchTaskContainerSettingsUpdate} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchTaskContainerSettingsUpdateSerializer(
  item: BatchTaskContainerSettingsUpdate,
): Rest.BatchTaskContainerSettingsUpdate {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.containerRunOptions;
  if (value !== undefined) out["containerRunOptions"] = value;
  value = item.imageName;
  if (value !== undefined) out["imageName"] = value;
  value = item.registry === undefined ? undefined : containerRegistryReferenceSerializer(item.registry);
  if (value !== undefined) out["registry"] = value;
  value = item.workingDirectory;
  if (value !== undefined) out["workingDirectory"] = value;
  value =
    item.containerHostBatchBindMounts === undefined
      ? undefined
      : item.containerHostBatchBindMounts.map((p) => containerHostBatchBindMountEntrySerializer(p));
  if (value !== undefined) out["containerHostBatchBindMounts"] = value;
  return out as unknown as Rest.BatchTaskContainerSettingsUpdate;
}

/**
 * Converts the wire form of a {@link BatchTaskCounts} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchTaskCountsDeserializer(item: RestOutput.BatchTaskCountsOutput): BatchTaskCounts {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.active;
  if (value !== undefined) out["active"] = value;
  value = item.running;
  if (value !== undefined) out["running"] = value;
  value = item.completed;
  if (value !== undefined) out["completed"] = value;
  value = item.succeeded;
  if (value !== undefined) out["succeeded"] = value;
  value = item.failed;
  if (value !== undefined) out["failed"] = value;
  return out as unknown as BatchTaskCounts;
}

/**
 * Converts the wire form of a {@link BatchTaskCountsResult} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchTaskCountsResultDeserializer(item: RestOutput.BatchTaskCountsResultOutput): BatchTaskCountsResult {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.taskCounts === undefined ? undefined : batchTaskCountsDeserializer(item.taskCounts);
  if (value !== undefined) out["taskCounts"] = value;
  value = item.taskSlotCounts === undefined ? undefined : batchTaskSlotCountsDeserializer(item.taskSlotCounts);
  if (value !== undefined) out["taskSlotCounts"] = value;
  return out as unknown as BatchTaskCountsResult;
}

/**
 * Converts a {@link BatchTaskCreateOptions} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchTaskCreateOptionsSerializer(item: BatchTaskCreateOptions): Rest.BatchTaskCreateOptions {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.id;
  if (value !== undefined) out["id"] = value;
  value = item.displayName;
  if (value !== undefined) out["displayName"] = value;
  value = item.exitConditions === undefined ? undefined : exitConditionsSerializer(item.exitConditions);
  if (value !== undefined) out["exitConditions"] = value;
  value = item.commandLine;
  if (value !== undefined) out["commandLine"] = value;
  value =
    item.containerSettings === undefined ? undefined : batchTaskContainerSettingsSerializer(item.containerSettings);
  if (value !== undefined) out["containerSettings"] = value;
  value = item.resourceFiles === undefined ? undefined : item.resourceFiles.map((p) => resourceFileSerializer(p));
  if (value !== undefined) out["resourceFiles"] = value;
  value = item.outputFiles === undefined ? undefined : item.outputFiles.map((p) => outputFileSerializer(p));
  if (value !== undefined) out["outputFiles"] = value;
  value =
    item.environmentSettings === undefined
      ? undefined
      : item.environmentSettings.map((p) => environmentSettingSerializer(p));
  if (value !== undefined) out["environmentSettings"] = value;
  value = item.affinityInfo === undefined ? undefined : batchAffinityInfoSerializer(item.affinityInfo);
  if (value !== undefined) out["affinityInfo"] = value;
  value = item.constraints === undefined ? undefined : batchTaskConstraintsSerializer(item.constraints);
  if (value !== undefined) out["constraints"] = value;
  value = item.requiredSlots;
  if (value !== undefined) out["requiredSlots"] = value;
  value = item.userIdentity === undefined ? undefined : userIdentitySerializer(item.userIdentity);
  if (value !== undefined) out["userIdentity"] = value;
  value =
    item.multiInstanceSettings === undefined ? undefined : multiInstanceSettingsSerializer(item.multiInstanceSettings);
  if (value !== undefined) out["multiInstanceSettings"] = value;
  value = item.dependsOn === undefined ? undefined : batchTaskDependenciesSerializer(item.dependsOn);
  if (value !== undefined) out["dependsOn"] = value;
  value =
    item.applicationPackageReferences === undefined
      ? undefined
      : item.applicationPackageReferences.map((p) => batchApplicationPackageReferenceSerializer(p));
  if (value !== undefined) out["applicationPackageReferences"] = value;
  return out as unknown as Rest.BatchTaskCreateOptions;
}

/**
 * Converts the wire form of a {@link BatchTaskCreateResult} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchTaskCreateResultDeserializer(item: RestOutput.BatchTaskCreateResultOutput): BatchTaskCreateResult {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.status;
  if (value !== undefined) out["status"] = value;
  value = item.taskId;
  if (value !== undefined) out["taskId"] = value;
  value = item.eTag;
  if (value !== undefined) out["eTag"] = value;
  value = item.lastModified === undefined ? undefined : new Date(item.lastModified);
  if (value !== undefined) out["lastModified"] = value;
  value = item.location;
  if (value !== undefined) out["location"] = value;
  value = item.error === undefined ? undefined : batchErrorBodyDeserializer(item.error);
  if (value !== undefined) out["error"] = value;
  return out as unknown as BatchTaskCreateResult;
}

/**
 * Converts a {@link BatchTaskDependencies} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchTaskDependenciesSerializer(item: BatchTaskDependencies): Rest.BatchTaskDependencies {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.taskIds;
  if (value !== undefined) out["taskIds"] = value;
  value = item.taskIdRanges === undefined ? undefined : item.taskIdRanges.map((p) => batchTaskIdRangeSerializer(p));
  if (value !== undefined) out["taskIdRanges"] = value;
  return out as unknown as Rest.BatchTaskDependencies;
}

/**
 * Converts the wire form of a {@link BatchTaskDependencies} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchTaskDependenciesDeserializer(item: RestOutput.BatchTaskDependenciesOutput): BatchTaskDependencies {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.taskIds;
  if (value !== undefined) out["taskIds"] = value;
  value = item.taskIdRanges === undefined ? undefined : item.taskIdRanges.map((p) => batchTaskIdRangeDeserializer(p));
  if (value !== undefined) out["taskIdRanges"] = value;
  return out as unknown as BatchTaskDependencies;
}

/**
 * Converts a {@link BatchTaskExecutionInfo} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchTaskExecutionInfoSerializer(item: BatchTaskExecutionInfo): Rest.BatchTaskExecutionInfo {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.startTime === undefined ? undefined : item.startTime.toISOString();
  if (value !== undefined) out["startTime"] = value;
  value = item.endTime === undefined ? undefined : item.endTime.toISOString();
  if (value !== undefined) out["endTime"] = value;
  value = item.exitCode;
  if (value !== undefined) out["exitCode"] = value;
  value = item.containerInfo === undefined ? undefined : batchTaskContainerExecutionInfoSerializer(item.containerInfo);
  if (value !== undefined) out["containerInfo"] = value;
  value = item.failureInfo === undefined ? undefined : batchTaskFailureInfoSerializer(item.failureInfo);
  if (value !== undefined) out["failureInfo"] = value;
  value = item.retryCount;
  if (value !== undefined) out["retryCount"] = value;
  value = item.lastRetryTime === undefined ? undefined : item.lastRetryTime.toISOString();
  if (value !== undefined) out["lastRetryTime"] = value;
  value = item.requeueCount;
  if (value !== undefined) out["requeueCount"] = value;
  value = item.lastRequeueTime === undefined ? undefined : item.lastRequeueTime.toISOString();
  if (value !== undefined) out["lastRequeueTime"] = value;
  value = item.result;
  if (value !== undefined) out["result"] = value;
  return out as unknown as Rest.BatchTaskExecutionInfo;
}

/**
 * Converts the wire form of a {@link BatchTaskExecutionInfo} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchTaskExecutionInfoDeserializer(
  item: RestOutput.BatchTaskExecutionInfoOutput,
): BatchTaskExecutionInfo {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.startTime === undefined ? undefined : new Date(item.startTime);
  if (value !== undefined) out["startTime"] = value;
  value = item.endTime === undefined ? undefined : new Date(item.endTime);
  if (value !== undefined) out["endTime"] = value;
  value = item.exitCode;
  if (value !== undefined) out["exitCode"] = value;
  value =
    item.containerInfo === undefined ? undefined : batchTaskContainerExecutionInfoDeserializer(item.containerInfo);
  if (value !== undefined) out["containerInfo"] = value;
  value = item.failureInfo === undefined ? undefined : batchTaskFailureInfoDeserializer(item.failureInfo);
  if (value !== undefined) out["failureInfo"] = value;
  value = item.retryCount;
  if (value !== undefined) out["retryCount"] = value;
  value = item.lastRetryTime === undefined ? undefined : new Date(item.lastRetryTime);
  if (value !== undefined) out["lastRetryTime"] = value;
  value = item.requeueCount;
  if (value !== undefined) out["requeueCount"] = value;
  value = item.lastRequeueTime === undefined ? undefined : new Date(item.lastRequeueTime);
  if (value !== undefined) out["lastRequeueTime"] = value;
  value = item.result;
  if (value !== undefined) out["result"] = value;
  return out as unknown as BatchTaskExecutionInfo;
}

/**
 * Converts a {@link BatchTaskFailureInfo} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchTaskFailureInfoSerializer(item: BatchTaskFailureInfo): Rest.BatchTaskFailureInfo {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.category;
  if (value !== undefined) out["category"] = value;
  value = item.code;
  if (value !== undefined) out["code"] = value;
  value = item.message;
  if (value !== undefined) out["message"] = value;
  value = item.details === undefined ? undefined : item.details.map((p) => nameValuePairSerializer(p));
  if (value !== undefined) out["details"] = value;
  return out as unknown as Rest.BatchTaskFailureInfo;
}

/**
 * Converts the wire form of a {@link BatchTaskFailureInfo} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchTaskFailureInfoDeserializer(item: RestOutput.BatchTaskFailureInfoOutput): BatchTaskFailureInfo {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.category;
  if (value !== undefined) out["category"] = value;
  value = item.code;
  if (value !== undefined) out["code"] = value;
  value = item.message;
  if (value !== undefined) out["message"] = value;
  value = item.details === undefined ? undefined : item.details.map((p) => nameValuePairDeserializer(p));
  if (value !== undefined) out["details"] = value;
  return out as unknown as BatchTaskFailureInfo;
}

/**
 * Converts a {@link BatchTaskGroup} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchTaskGroupSerializer(item: BatchTaskGroup): Rest.BatchTaskGroup {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.values.map((p) => batchTaskCreateOptionsSerializer(p));
  if (value !== undefined) out["value"] = value;
  return out as unknown as Rest.BatchTaskGroup;
}

/**
 * Converts a {@link BatchTaskIdRange} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchTaskIdRangeSerializer(item: BatchTaskIdRange): Rest.BatchTaskIdRange {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.start;
  if (value !== undefined) out["start"] = value;
  value = item.end;
  if (value !== undefined) out["end"] = value;
  return out as unknown as Rest.BatchTaskIdRange;
}

/**
 * Converts the wire form of a {@link BatchTaskIdRange} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchTaskIdRangeDeserializer(item: RestOutput.BatchTaskIdRangeOutput): BatchTaskIdRange {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.start;
  if (value !== undefined) out["start"] = value;
  value = item.end;
  if (value !== undefined) out["end"] = value;
  return out as unknown as BatchTaskIdRange;
}

/**
 * Converts the wire form of a {@link BatchTaskInfo} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchTaskInfoDeserializer(item: RestOutput.BatchTaskInfoOutput): BatchTaskInfo {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.taskUrl;
  if (value !== undefined) out["taskUrl"] = value;
  value = item.jobId;
  if (value !== undefined) out["jobId"] = value;
  value = item.taskId;
  if (value !== undefined) out["taskId"] = value;
  value = item.subtaskId;
  if (value !== undefined) out["subtaskId"] = value;
  value = item.taskState;
  if (value !== undefined) out["taskState"] = value;
  value = item.executionInfo === undefined ? undefined : batchTaskExecutionInfoDeserializer(item.executionInfo);
  if (value !== undefined) out["executionInfo"] = value;
  return out as unknown as BatchTaskInfo;
}

/**
 * Converts the wire form of a {@link BatchTaskListResult} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchTaskListResultDeserializer(item: RestOutput.BatchTaskListResultOutput): BatchTaskListResult {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.value === undefined ? undefined : item.value.map((p) => batchTaskDeserializer(p));
  if (value !== undefined) out["value"] = value;
  value = item["odata.nextLink"];
  if (value !== undefined) out["odataNextLink"] = value;
  return out as unknown as BatchTaskListResult;
}

/**
 * Converts the wire form of a {@link BatchTaskListSubtasksResult} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchTaskListSubtasksResultDeserializer(
  item: RestOutput.BatchTaskListSubtasksResultOutput,
): BatchTaskListSubtasksResult {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.value === undefined ? undefined : item.value.map((p) => batchSubtaskDeserializer(p));
  if (value !== undefined) out["value"] = value;
  value = item["odata.nextLink"];
  if (value !== undefined) out["odataNextLink"] = value;
  return out as unknown as BatchTaskListSubtasksResult;
}

/**
 * Converts a {@link BatchTaskSchedulingPolicy} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchTaskSchedulingPolicySerializer(item: BatchTaskSchedulingPolicy): Rest.BatchTaskSchedulingPolicy {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.jobDefaultOrder;
  if (value !== undefined) out["jobDefaultOrder"] = value;
  value = item.nodeFillType;
  if (value !== undefined) out["nodeFillType"] = value;
  return out as unknown as Rest.BatchTaskSchedulingPolicy;
}

/**
 * Converts the wire form of a {@link BatchTaskSchedulingPolicy} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchTaskSchedulingPolicyDeserializer(
  item: RestOutput.BatchTaskSchedulingPolicyOutput,
): BatchTaskSchedulingPolicy {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.jobDefaultOrder;
  if (value !== undefined) out["jobDefaultOrder"] = value;
  value = item.nodeFillType;
  if (value !== undefined) out["nodeFillType"] = value;
  return out as unknown as BatchTaskSchedulingPolicy;
}

/**
 * Converts a {@link BatchTaskSchedulingPolicyUpdate} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchTaskSchedulingPolicyUpdateSerializer(
  item: BatchTaskSchedulingPolicyUpdate,
): Rest.BatchTaskSchedulingPolicyUpdate {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.jobDefaultOrder;
  if (value !== undefined) out["jobDefaultOrder"] = value;
  value = item.nodeFillType;
  if (value !== undefined) out["nodeFillType"] = value;
  return out as unknown as Rest.BatchTaskSchedulingPolicyUpdate;
}

/**
 * Converts the wire form of a {@link BatchTaskSlotCounts} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchTaskSlotCountsDeserializer(item: RestOutput.BatchTaskSlotCountsOutput): BatchTaskSlotCounts {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.active;
  if (value !== undefined) out["active"] = value;
  value = item.running;
  if (value !== undefined) out["running"] = value;
  value = item.completed;
  if (value !== undefined) out["completed"] = value;
  value = item.succeeded;
  if (value !== undefined) out["succeeded"] = value;
  value = item.failed;
  if (value !== undefined) out["failed"] = value;
  return out as unknown as BatchTaskSlotCounts;
}

/**
 * Converts a {@link BatchTaskStatistics} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchTaskStatisticsSerializer(item: BatchTaskStatistics): Rest.BatchTaskStatistics {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.url;
  if (value !== undefined) out["url"] = value;
  value = item.startTime.toISOString();
  if (value !== undefined) out["startTime"] = value;
  value = item.lastUpdateTime.toISOString();
  if (value !== undefined) out["lastUpdateTime"] = value;
  value = item.userCpuTime;
  if (value !== undefined) out["userCPUTime"] = value;
  value = item.kernelCpuTime;
  if (value !== undefined) out["kernelCPUTime"] = value;
  value = item.wallClockTime;
  if (value !== undefined) out["wallClockTime"] = value;
  value = String(item.readIops);
  if (value !== undefined) out["readIOps"] = value;
  value = String(item.writeIops);
  if (value !== undefined) out["writeIOps"] = value;
  value = item.readIoGiB;
  if (value !== undefined) out["readIOGiB"] = value;
  value = item.writeIoGiB;
  if (value !== undefined) out["writeIOGiB"] = value;
  value = item.waitTime;
  if (value !== undefined) out["waitTime"] = value;
  return out as unknown as Rest.BatchTaskStatistics;
}

/**
 * Converts the wire form of a {@link BatchTaskStatistics} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchTaskStatisticsDeserializer(item: RestOutput.BatchTaskStatisticsOutput): BatchTaskStatistics {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.url;
  if (value !== undefined) out["url"] = value;
  value = item.startTime === undefined ? undefined : new Date(item.startTime);
  if (value !== undefined) out["startTime"] = value;
  value = item.lastUpdateTime === undefined ? undefined : new Date(item.lastUpdateTime);
  if (value !== undefined) out["lastUpdateTime"] = value;
  value = item.userCPUTime;
  if (value !== undefined) out["userCpuTime"] = value;
  value = item.kernelCPUTime;
  if (value !== undefined) out["kernelCpuTime"] = value;
  value = item.wallClockTime;
  if (value !== undefined) out["wallClockTime"] = value;
  value = item.readIOps === undefined ? undefined : Number(item.readIOps);
  if (value !== undefined) out["readIops"] = value;
  value = item.writeIOps === undefined ? undefined : Number(item.writeIOps);
  if (value !== undefined) out["writeIops"] = value;
  value = item.readIOGiB;
  if (value !== undefined) out["readIoGiB"] = value;
  value = item.writeIOGiB;
  if (value !== undefined) out["writeIoGiB"] = value;
  value = item.waitTime;
  if (value !== undefined) out["waitTime"] = value;
  return out as unknown as BatchTaskStatistics;
}

/**
 * Converts a {@link BatchUefiSettings} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchUefiSettingsSerializer(item: BatchUefiSettings): Rest.BatchUefiSettings {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.secureBootEnabled;
  if (value !== undefined) out["secureBootEnabled"] = value;
  value = item.vTpmEnabled;
  if (value !== undefined) out["vTpmEnabled"] = value;
  return out as unknown as Rest.BatchUefiSettings;
}

/**
 * Converts the wire form of a {@link BatchUefiSettings} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchUefiSettingsDeserializer(item: RestOutput.BatchUefiSettingsOutput): BatchUefiSettings {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.secureBootEnabled;
  if (value !== undefined) out["secureBootEnabled"] = value;
  value = item.vTpmEnabled;
  if (value !== undefined) out["vTpmEnabled"] = value;
  return out as unknown as BatchUefiSettings;
}

/**
 * Converts the wire form of a {@link BatchUserAssignedIdentity} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchUserAssignedIdentityDeserializer(
  item: RestOutput.BatchUserAssignedIdentityOutput,
): BatchUserAssignedIdentity {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.resourceId;
  if (value !== undefined) out["resourceId"] = value;
  value = item.clientId;
  if (value !== undefined) out["clientId"] = value;
  value = item.principalId;
  if (value !== undefined) out["principalId"] = value;
  return out as unknown as BatchUserAssignedIdentity;
}

/**
 * Converts a {@link BatchVmDiskSecurityProfile} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchVmDiskSecurityProfileSerializer(
  item: BatchVmDiskSecurityProfile,
): Rest.BatchVmDiskSecurityProfile {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.securityEncryptionType;
  if (value !== undefined) out["securityEncryptionType"] = value;
  return out as unknown as Rest.BatchVmDiskSecurityProfile;
}

/**
 * Converts the wire form of a {@link BatchVmDiskSecurityProfile} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchVmDiskSecurityProfileDeserializer(
  item: RestOutput.BatchVmDiskSecurityProfileOutput,
): BatchVmDiskSecurityProfile {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.securityEncryptionType;
  if (value !== undefined) out["securityEncryptionType"] = value;
  return out as unknown as BatchVmDiskSecurityProfile;
}

/**
 * Converts a {@link BatchVmImageReference} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchVmImageReferenceSerializer(item: BatchVmImageReference): Rest.BatchVmImageReference {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.publisher;
  if (value !== undefined) out["publisher"] = value;
  value = item.offer;
  if (value !== undefined) out["offer"] = value;
  value = item.sku;
  if (value !== undefined) out["sku"] = value;
  value = item.version;
  if (value !== undefined) out["version"] = value;
  value = item.virtualMachineImageId;
  if (value !== undefined) out["virtualMachineImageId"] = value;
  value = item.sharedGalleryImageId;
  if (value !== undefined) out["sharedGalleryImageId"] = value;
  value = item.communityGalleryImageId;
  if (value !== undefined) out["communityGalleryImageId"] = value;
  return out as unknown as Rest.BatchVmImageReference;
}

/**
 * Converts the wire form of a {@link BatchVmImageReference} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchVmImageReferenceDeserializer(item: RestOutput.BatchVmImageReferenceOutput): BatchVmImageReference {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.publisher;
  if (value !== undefined) out["publisher"] = value;
  value = item.offer;
  if (value !== undefined) out["offer"] = value;
  value = item.sku;
  if (value !== undefined) out["sku"] = value;
  value = item.version;
  if (value !== undefined) out["version"] = value;
  value = item.virtualMachineImageId;
  if (value !== undefined) out["virtualMachineImageId"] = value;
  value = item.exactVersion;
  if (value !== undefined) out["exactVersion"] = value;
  value = item.sharedGalleryImageId;
  if (value !== undefined) out["sharedGalleryImageId"] = value;
  value = item.communityGalleryImageId;
  if (value !== undefined) out["communityGalleryImageId"] = value;
  return out as unknown as BatchVmImageReference;
}

/**
 * Converts a {@link CifsMountConfiguration} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function cifsMountConfigurationSerializer(item: CifsMountConfiguration): Rest.CifsMountConfiguration {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.username;
  if (value !== undefined) out["username"] = value;
  value = item.source;
  if (value !== undefined) out["source"] = value;
  value = item.relativeMountPath;
  if (value !== undefined) out["relativeMountPath"] = value;
  value = item.mountOptions;
  if (value !== undefined) out["mountOptions"] = value;
  value = item.password;
  if (value !== undefined) out["password"] = value;
  return out as unknown as Rest.CifsMountConfiguration;
}

/**
 * Converts the wire form of a {@link CifsMountConfiguration} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function cifsMountConfigurationDeserializer(
  item: RestOutput.CifsMountConfigurationOutput,
): CifsMountConfiguration {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.username;
  if (value !== undefined) out["username"] = value;
  value = item.source;
  if (value !== undefined) out["source"] = value;
  value = item.relativeMountPath;
  if (value !== undefined) out["relativeMountPath"] = value;
  value = item.mountOptions;
  if (value !== undefined) out["mountOptions"] = value;
  value = item.password;
  if (value !== undefined) out["password"] = value;
  return out as unknown as CifsMountConfiguration;
}

/**
 * Converts a {@link ContainerHostBatchBindMountEntry} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function containerHostBatchBindMountEntrySerializer(
  item: ContainerHostBatchBindMountEntry,
): Rest.ContainerHostBatchBindMountEntry {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.source;
  if (value !== undefined) out["source"] = value;
  value = item.isReadOnly;
  if (value !== undefined) out["isReadOnly"] = value;
  return out as unknown as Rest.ContainerHostBatchBindMountEntry;
}

/**
 * Converts the wire form of a {@link ContainerHostBatchBindMountEntry} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function containerHostBatchBindMountEntryDeserializer(
  item: RestOutput.ContainerHostBatchBindMountEntryOutput,
): ContainerHostBatchBindMountEntry {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.source;
  if (value !== undefined) out["source"] = value;
  value = item.isReadOnly;
  if (value !== undefined) out["isReadOnly"] = value;
  return out as unknown as ContainerHostBatchBindMountEntry;
}

/**
 * Converts a {@link ContainerRegistryReference} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function containerRegistryReferenceSerializer(
  item: ContainerRegistryReference,
): Rest.ContainerRegistryReference {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.username;
  if (value !== undefined) out["username"] = value;
  value = item.password;
  if (value !== undefined) out["password"] = value;
  value = item.registryServer;
  if (value !== undefined) out["registryServer"] = value;
  value =
    item.identityReference === undefined ? undefined : batchNodeIdentityReferenceSerializer(item.identityReference);
  if (value !== undefined) out["identityReference"] = value;
  return out as unknown as Rest.ContainerRegistryReference;
}

/**
 * Converts the wire form of a {@link ContainerRegistryReference} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function containerRegistryReferenceDeserializer(
  item: RestOutput.ContainerRegistryReferenceOutput,
): ContainerRegistryReference {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.username;
  if (value !== undefined) out["username"] = value;
  value = item.password;
  if (value !== undefined) out["password"] = value;
  value = item.registryServer;
  if (value !== undefined) out["registryServer"] = value;
  value =
    item.identityReference === undefined ? undefined : batchNodeIdentityReferenceDeserializer(item.identityReference);
  if (value !== undefined) out["identityReference"] = value;
  return out as unknown as ContainerRegistryReference;
}

/**
 * Converts a {@link DataDisk} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function dataDiskSerializer(item: DataDisk): Rest.DataDisk {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.logicalUnitNumber;
  if (value !== undefined) out["lun"] = value;
  value = item.caching;
  if (value !== undefined) out["caching"] = value;
  value = item.diskSizeGb;
  if (value !== undefined) out["diskSizeGB"] = value;
  value = item.managedDisk === undefined ? undefined : managedDiskSerializer(item.managedDisk);
  if (value !== undefined) out["managedDisk"] = value;
  return out as unknown as Rest.DataDisk;
}

/**
 * Converts the wire form of a {@link DataDisk} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function dataDiskDeserializer(item: RestOutput.DataDiskOutput): DataDisk {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.lun;
  if (value !== undefined) out["logicalUnitNumber"] = value;
  value = item.caching;
  if (value !== undefined) out["caching"] = value;
  value = item.diskSizeGB;
  if (value !== undefined) out["diskSizeGb"] = value;
  value = item.managedDisk === undefined ? undefined : managedDiskDeserializer(item.managedDisk);
  if (value !== undefined) out["managedDisk"] = value;
  return out as unknown as DataDisk;
}

/**
 * Converts a {@link DiskCustomerManagedKey} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function diskCustomerManagedKeySerializer(item: DiskCustomerManagedKey): Rest.DiskCustomerManagedKey {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value =
    item.identityReference === undefined ? undefined : batchPoolIdentityReferenceSerializer(item.identityReference);
  if (value !== undefined) out["identityReference"] = value;
  value = item.keyUrl;
  if (value !== undefined) out["keyUrl"] = value;
  value = item.rotationToLatestKeyVersionEnabled;
  if (value !== undefined) out["rotationToLatestKeyVersionEnabled"] = value;
  return out as unknown as Rest.DiskCustomerManagedKey;
}

/**
 * Converts the wire form of a {@link DiskCustomerManagedKey} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function diskCustomerManagedKeyDeserializer(
  item: RestOutput.DiskCustomerManagedKeyOutput,
): DiskCustomerManagedKey {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value =
    item.identityReference === undefined ? undefined : batchPoolIdentityReferenceDeserializer(item.identityReference);
  if (value !== undefined) out["identityReference"] = value;
  value = item.keyUrl;
  if (value !== undefined) out["keyUrl"] = value;
  value = item.rotationToLatestKeyVersionEnabled;
  if (value !== undefined) out["rotationToLatestKeyVersionEnabled"] = value;
  return out as unknown as DiskCustomerManagedKey;
}

/**
 * Converts a {@link DiskEncryptionConfiguration} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function diskEncryptionConfigurationSerializer(
  item: DiskEncryptionConfiguration,
): Rest.DiskEncryptionConfiguration {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.customerManagedKey === undefined ? undefined : diskCustomerManagedKeySerializer(item.customerManagedKey);
  if (value !== undefined) out["customerManagedKey"] = value;
  value = item.targets;
  if (value !== undefined) out["targets"] = value;
  return out as unknown as Rest.DiskEncryptionConfiguration;
}

/**
 * Converts the wire form of a {@link DiskEncryptionConfiguration} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function diskEncryptionConfigurationDeserializer(
  item: RestOutput.DiskEncryptionConfigurationOutput,
): DiskEncryptionConfiguration {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value =
    item.customerManagedKey === undefined ? undefined : diskCustomerManagedKeyDeserializer(item.customerManagedKey);
  if (value !== undefined) out["customerManagedKey"] = value;
  value = item.targets;
  if (value !== undefined) out["targets"] = value;
  return out as unknown as DiskEncryptionConfiguration;
}

/**
 * Converts a {@link DiskEncryptionSetParameters} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function diskEncryptionSetParametersSerializer(
  item: DiskEncryptionSetParameters,
): Rest.DiskEncryptionSetParameters {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.id;
  if (value !== undefined) out["id"] = value;
  return out as unknown as Rest.DiskEncryptionSetParameters;
}

/**
 * Converts the wire form of a {@link DiskEncryptionSetParameters} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function diskEncryptionSetParametersDeserializer(
  item: RestOutput.DiskEncryptionSetParametersOutput,
): DiskEncryptionSetParameters {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.id;
  if (value !== undefined) out["id"] = value;
  return out as unknown as DiskEncryptionSetParameters;
}

/**
 * Converts a {@link EnvironmentSetting} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function environmentSettingSerializer(item: EnvironmentSetting): Rest.EnvironmentSetting {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.name;
  if (value !== undefined) out["name"] = value;
  value = item.value;
  if (value !== undefined) out["value"] = value;
  return out as unknown as Rest.EnvironmentSetting;
}

/**
 * Converts the wire form of a {@link EnvironmentSetting} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function environmentSettingDeserializer(item: RestOutput.EnvironmentSettingOutput): EnvironmentSetting {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.name;
  if (value !== undefined) out["name"] = value;
  value = item.value;
  if (value !== undefined) out["value"] = value;
  return out as unknown as EnvironmentSetting;
}

/**
 * Converts a {@link ExitCodeMapping} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function exitCodeMappingSerializer(item: ExitCodeMapping): Rest.ExitCodeMapping {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.code;
  if (value !== undefined) out["code"] = value;
  value = exitOptionsSerializer(item.exitOptions);
  if (value !== undefined) out["exitOptions"] = value;
  return out as unknown as Rest.ExitCodeMapping;
}

/**
 * Converts the wire form of a {@link ExitCodeMapping} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function exitCodeMappingDeserializer(item: RestOutput.ExitCodeMappingOutput): ExitCodeMapping {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.code;
  if (value !== undefined) out["code"] = value;
  value = item.exitOptions === undefined ? undefined : exitOptionsDeserializer(item.exitOptions);
  if (value !== undefined) out["exitOptions"] = value;
  return out as unknown as ExitCodeMapping;
}

/**
 * Converts a {@link ExitCodeRangeMapping} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function exitCodeRangeMappingSerializer(item: ExitCodeRangeMapping): Rest.ExitCodeRangeMapping {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.start;
  if (value !== undefined) out["start"] = value;
  value = item.end;
  if (value !== undefined) out["end"] = value;
  value = exitOptionsSerializer(item.exitOptions);
  if (value !== undefined) out["exitOptions"] = value;
  return out as unknown as Rest.ExitCodeRangeMapping;
}

/**
 * Converts the wire form of a {@link ExitCodeRangeMapping} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function exitCodeRangeMappingDeserializer(item: RestOutput.ExitCodeRangeMappingOutput): ExitCodeRangeMapping {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.start;
  if (value !== undefined) out["start"] = value;
  value = item.end;
  if (value !== undefined) out["end"] = value;
  value = item.exitOptions === undefined ? undefined : exitOptionsDeserializer(item.exitOptions);
  if (value !== undefined) out["exitOptions"] = value;
  return out as unknown as ExitCodeRangeMapping;
}

/**
 * Converts a {@link ExitConditions} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function exitConditionsSerializer(item: ExitConditions): Rest.ExitConditions {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.exitCodes === undefined ? undefined : item.exitCodes.map((p) => exitCodeMappingSerializer(p));
  if (value !== undefined) out["exitCodes"] = value;
  value =
    item.exitCodeRanges === undefined ? undefined : item.exitCodeRanges.map((p) => exitCodeRangeMappingSerializer(p));
  if (value !== undefined) out["exitCodeRanges"] = value;
  value = item.preProcessingError === undefined ? undefined : exitOptionsSerializer(item.preProcessingError);
  if (value !== undefined) out["preProcessingError"] = value;
  value = item.fileUploadError === undefined ? undefined : exitOptionsSerializer(item.fileUploadError);
  if (value !== undefined) out["fileUploadError"] = value;
  value = item.default === undefined ? undefined : exitOptionsSerializer(item.default);
  if (value !== undefined) out["default"] = value;
  return out as unknown as Rest.ExitConditions;
}

/**
 * Converts the wire form of a {@link ExitConditions} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function exitConditionsDeserializer(item: RestOutput.ExitConditionsOutput): ExitConditions {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.exitCodes === undefined ? undefined : item.exitCodes.map((p) => exitCodeMappingDeserializer(p));
  if (value !== undefined) out["exitCodes"] = value;
  value =
    item.exitCodeRanges === undefined ? undefined : item.exitCodeRanges.map((p) => exitCodeRangeMappingDeserializer(p));
  if (value !== undefined) out["exitCodeRanges"] = value;
  value = item.preProcessingError === undefined ? undefined : exitOptionsDeserializer(item.preProcessingError);
  if (value !== undefined) out["preProcessingError"] = value;
  value = item.fileUploadError === undefined ? undefined : exitOptionsDeserializer(item.fileUploadError);
  if (value !== undefined) out["fileUploadError"] = value;
  value = item.default === undefined ? undefined : exitOptionsDeserializer(item.default);
  if (value !== undefined) out["default"] = value;
  return out as unknown as ExitConditions;
}

/**
 * Converts a {@link ExitOptions} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function exitOptionsSerializer(item: ExitOptions): Rest.ExitOptions {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.jobAction;
  if (value !== undefined) out["jobAction"] = value;
  value = item.dependencyAction;
  if (value !== undefined) out["dependencyAction"] = value;
  return out as unknown as Rest.ExitOptions;
}

/**
 * Converts the wire form of a {@link ExitOptions} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function exitOptionsDeserializer(item: RestOutput.ExitOptionsOutput): ExitOptions {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.jobAction;
  if (value !== undefined) out["jobAction"] = value;
  value = item.dependencyAction;
  if (value !== undefined) out["dependencyAction"] = value;
  return out as unknown as ExitOptions;
}

/**
 * Converts the wire form of a {@link FileProperties} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function filePropertiesDeserializer(item: RestOutput.FilePropertiesOutput): FileProperties {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.creationTime === undefined ? undefined : new Date(item.creationTime);
  if (value !== undefined) out["creationTime"] = value;
  value = item.lastModified === undefined ? undefined : new Date(item.lastModified);
  if (value !== undefined) out["lastModified"] = value;
  value = item.contentLength === undefined ? undefined : Number(item.contentLength);
  if (value !== undefined) out["contentLength"] = value;
  value = item.contentType;
  if (value !== undefined) out["contentType"] = value;
  value = item.fileMode;
  if (value !== undefined) out["fileMode"] = value;
  return out as unknown as FileProperties;
}

/**
 * Converts a {@link HardwareProfile} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function hardwareProfileSerializer(item: HardwareProfile): Rest.HardwareProfile {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.vmSizeProperties === undefined ? undefined : vMSizePropertiesSerializer(item.vmSizeProperties);
  if (value !== undefined) out["vmSizeProperties"] = value;
  return out as unknown as Rest.HardwareProfile;
}

/**
 * Converts the wire form of a {@link HardwareProfile} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function hardwareProfileDeserializer(item: RestOutput.HardwareProfileOutput): HardwareProfile {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.vmSizeProperties === undefined ? undefined : vMSizePropertiesDeserializer(item.vmSizeProperties);
  if (value !== undefined) out["vmSizeProperties"] = value;
  return out as unknown as HardwareProfile;
}

/**
 * Converts a {@link HostEndpointSettings} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function hostEndpointSettingsSerializer(item: HostEndpointSettings): Rest.HostEndpointSettings {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.inVmAccessControlProfileReferenceId;
  if (value !== undefined) out["inVMAccessControlProfileReferenceId"] = value;
  value = item.mode;
  if (value !== undefined) out["mode"] = value;
  return out as unknown as Rest.HostEndpointSettings;
}

/**
 * Converts the wire form of a {@link HostEndpointSettings} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function hostEndpointSettingsDeserializer(item: RestOutput.HostEndpointSettingsOutput): HostEndpointSettings {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.inVMAccessControlProfileReferenceId;
  if (value !== undefined) out["inVmAccessControlProfileReferenceId"] = value;
  value = item.mode;
  if (value !== undefined) out["mode"] = value;
  return out as unknown as HostEndpointSettings;
}

/**
 * Converts a {@link IPTag} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function iPTagSerializer(item: IPTag): Rest.IPTag {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.ipTagType;
  if (value !== undefined) out["ipTagType"] = value;
  value = item.tag;
  if (value !== undefined) out["tag"] = value;
  return out as unknown as Rest.IPTag;
}

/**
 * Converts the wire form of a {@link IPTag} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function iPTagDeserializer(item: RestOutput.IPTagOutput): IPTag {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.ipTagType;
  if (value !== undefined) out["ipTagType"] = value;
  value = item.tag;
  if (value !== undefined) out["tag"] = value;
  return out as unknown as IPTag;
}

/**
 * Converts the wire form of a {@link InboundEndpoint} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function inboundEndpointDeserializer(item: RestOutput.InboundEndpointOutput): InboundEndpoint {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.name;
  if (value !== undefined) out["name"] = value;
  value = item.protocol;
  if (value !== undefined) out["protocol"] = value;
  value = item.publicIPAddress;
  if (value !== undefined) out["publicIpAddress"] = value;
  value = item.publicFQDN;
  if (value !== undefined) out["publicFQDN"] = value;
  value = item.frontendPort;
  if (value !== undefined) out["frontendPort"] = value;
  value = item.backendPort;
  if (value !== undefined) out["backendPort"] = value;
  return out as unknown as InboundEndpoint;
}

/**
 * Converts the wire form of a {@link InstanceViewStatus} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function instanceViewStatusDeserializer(item: RestOutput.InstanceViewStatusOutput): InstanceViewStatus {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.code;
  if (value !== undefined) out["code"] = value;
  value = item.displayStatus;
  if (value !== undefined) out["displayStatus"] = value;
  value = item.level;
  if (value !== undefined) out["level"] = value;
  value = item.message;
  if (value !== undefined) out["message"] = value;
  value = item.time === undefined ? undefined : new Date(item.time);
  if (value !== undefined) out["time"] = value;
  return out as unknown as InstanceViewStatus;
}

/**
 * Converts a {@link LinuxUserConfiguration} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function linuxUserConfigurationSerializer(item: LinuxUserConfiguration): Rest.LinuxUserConfiguration {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.uid;
  if (value !== undefined) out["uid"] = value;
  value = item.gid;
  if (value !== undefined) out["gid"] = value;
  value = item.sshPrivateKey;
  if (value !== undefined) out["sshPrivateKey"] = value;
  return out as unknown as Rest.LinuxUserConfiguration;
}

/**
 * Converts the wire form of a {@link LinuxUserConfiguration} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function linuxUserConfigurationDeserializer(
  item: RestOutput.LinuxUserConfigurationOutput,
): LinuxUserConfiguration {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.uid;
  if (value !== undefined) out["uid"] = value;
  value = item.gid;
  if (value !== undefined) out["gid"] = value;
  value = item.sshPrivateKey;
  if (value !== undefined) out["sshPrivateKey"] = value;
  return out as unknown as LinuxUserConfiguration;
}

/**
 * Converts a {@link ManagedDisk} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function managedDiskSerializer(item: ManagedDisk): Rest.ManagedDisk {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value =
    item.diskEncryptionSet === undefined ? undefined : diskEncryptionSetParametersSerializer(item.diskEncryptionSet);
  if (value !== undefined) out["diskEncryptionSet"] = value;
  value = item.storageAccountType;
  if (value !== undefined) out["storageAccountType"] = value;
  value = item.securityProfile === undefined ? undefined : batchVmDiskSecurityProfileSerializer(item.securityProfile);
  if (value !== undefined) out["securityProfile"] = value;
  return out as unknown as Rest.ManagedDisk;
}

/**
 * Converts the wire form of a {@link ManagedDisk} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function managedDiskDeserializer(item: RestOutput.ManagedDiskOutput): ManagedDisk {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value =
    item.diskEncryptionSet === undefined ? undefined : diskEncryptionSetParametersDeserializer(item.diskEncryptionSet);
  if (value !== undefined) out["diskEncryptionSet"] = value;
  value = item.storageAccountType;
  if (value !== undefined) out["storageAccountType"] = value;
  value = item.securityProfile === undefined ? undefined : batchVmDiskSecurityProfileDeserializer(item.securityProfile);
  if (value !== undefined) out["securityProfile"] = value;
  return out as unknown as ManagedDisk;
}

/**
 * Converts a {@link MaxInstancePercentPerZonePolicy} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function maxInstancePercentPerZonePolicySerializer(
  item: MaxInstancePercentPerZonePolicy,
): Rest.MaxInstancePercentPerZonePolicy {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.enabled;
  if (value !== undefined) out["enabled"] = value;
  value = item.value;
  if (value !== undefined) out["value"] = value;
  return out as unknown as Rest.MaxInstancePercentPerZonePolicy;
}

/**
 * Converts the wire form of a {@link MaxInstancePercentPerZonePolicy} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function maxInstancePercentPerZonePolicyDeserializer(
  item: RestOutput.MaxInstancePercentPerZonePolicyOutput,
): MaxInstancePercentPerZonePolicy {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.enabled;
  if (value !== undefined) out["enabled"] = value;
  value = item.value;
  if (value !== undefined) out["value"] = value;
  return out as unknown as MaxInstancePercentPerZonePolicy;
}

/**
 * Converts a {@link MaxInstancePercentPerZonePolicyUpdate} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function maxInstancePercentPerZonePolicyUpdateSerializer(
  item: MaxInstancePercentPerZonePolicyUpdate,
): Rest.MaxInstancePercentPerZonePolicyUpdate {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.enabled;
  if (value !== undefined) out["enabled"] = value;
  value = item.value;
  if (value !== undefined) out["value"] = value;
  return out as unknown as Rest.MaxInstancePercentPerZonePolicyUpdate;
}

/**
 * Converts a {@link MountConfiguration} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function mountConfigurationSerializer(item: MountConfiguration): Rest.MountConfiguration {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value =
    item.azureBlobFileSystemConfiguration === undefined
      ? undefined
      : azureBlobFileSystemConfigurationSerializer(item.azureBlobFileSystemConfiguration);
  if (value !== undefined) out["azureBlobFileSystemConfiguration"] = value;
  value =
    item.nfsMountConfiguration === undefined ? undefined : nfsMountConfigurationSerializer(item.nfsMountConfiguration);
  if (value !== undefined) out["nfsMountConfiguration"] = value;
  value =
    item.cifsMountConfiguration === undefined
      ? undefined
      : cifsMountConfigurationSerializer(item.cifsMountConfiguration);
  if (value !== undefined) out["cifsMountConfiguration"] = value;
  value =
    item.azureFileShareConfiguration === undefined
      ? undefined
      : azureFileShareConfigurationSerializer(item.azureFileShareConfiguration);
  if (value !== undefined) out["azureFileShareConfiguration"] = value;
  return out as unknown as Rest.MountConfiguration;
}

/**
 * Converts the wire form of a {@link MountConfiguration} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function mountConfigurationDeserializer(item: RestOutput.MountConfigurationOutput): MountConfiguration {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value =
    item.azureBlobFileSystemConfiguration === undefined
      ? undefined
      : azureBlobFileSystemConfigurationDeserializer(item.azureBlobFileSystemConfiguration);
  if (value !== undefined) out["azureBlobFileSystemConfiguration"] = value;
  value =
    item.nfsMountConfiguration === undefined
      ? undefined
      : nfsMountConfigurationDeserializer(item.nfsMountConfiguration);
  if (value !== undefined) out["nfsMountConfiguration"] = value;
  value =
    item.cifsMountConfiguration === undefined
      ? undefined
      : cifsMountConfigurationDeserializer(item.cifsMountConfiguration);
  if (value !== undefined) out["cifsMountConfiguration"] = value;
  value =
    item.azureFileShareConfiguration === undefined
      ? undefined
      : azureFileShareConfigurationDeserializer(item.azureFileShareConfiguration);
  if (value !== undefined) out["azureFileShareConfiguration"] = value;
  return out as unknown as MountConfiguration;
}

/**
 * Converts a {@link MultiInstanceSettings} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function multiInstanceSettingsSerializer(item: MultiInstanceSettings): Rest.MultiInstanceSettings {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.numberOfInstances;
  if (value !== undefined) out["numberOfInstances"] = value;
  value = item.coordinationCommandLine;
  if (value !== undefined) out["coordinationCommandLine"] = value;
  value =
    item.commonResourceFiles === undefined ? undefined : item.commonResourceFiles.map((p) => resourceFileSerializer(p));
  if (value !== undefined) out["commonResourceFiles"] = value;
  return out as unknown as Rest.MultiInstanceSettings;
}

/**
 * Converts the wire form of a {@link MultiInstanceSettings} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function multiInstanceSettingsDeserializer(item: RestOutput.MultiInstanceSettingsOutput): MultiInstanceSettings {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.numberOfInstances;
  if (value !== undefined) out["numberOfInstances"] = value;
  value = item.coordinationCommandLine;
  if (value !== undefined) out["coordinationCommandLine"] = value;
  value =
    item.commonResourceFiles === undefined
      ? undefined
      : item.commonResourceFiles.map((p) => resourceFileDeserializer(p));
  if (value !== undefined) out["commonResourceFiles"] = value;
  return out as unknown as MultiInstanceSettings;
}

/**
 * Converts a {@link NameValuePair} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function nameValuePairSerializer(item: NameValuePair): Rest.NameValuePair {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.name;
  if (value !== undefined) out["name"] = value;
  value = item.value;
  if (value !== undefined) out["value"] = value;
  return out as unknown as Rest.NameValuePair;
}

/**
 * Converts the wire form of a {@link NameValuePair} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function nameValuePairDeserializer(item: RestOutput.NameValuePairOutput): NameValuePair {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.name;
  if (value !== undefined) out["name"] = value;
  value = item.value;
  if (value !== undefined) out["value"] = value;
  return out as unknown as NameValuePair;
}

/**
 * Converts a {@link NetworkConfiguration} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function networkConfigurationSerializer(item: NetworkConfiguration): Rest.NetworkConfiguration {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.subnetId;
  if (value !== undefined) out["subnetId"] = value;
  value = item.dynamicVnetAssignmentScope;
  if (value !== undefined) out["dynamicVNetAssignmentScope"] = value;
  value =
    item.endpointConfiguration === undefined
      ? undefined
      : batchPoolEndpointConfigurationSerializer(item.endpointConfiguration);
  if (value !== undefined) out["endpointConfiguration"] = value;
  value =
    item.publicIpAddressConfiguration === undefined
      ? undefined
      : batchPublicIpAddressConfigurationSerializer(item.publicIpAddressConfiguration);
  if (value !== undefined) out["publicIPAddressConfiguration"] = value;
  value = item.enableAcceleratedNetworking;
  if (value !== undefined) out["enableAcceleratedNetworking"] = value;
  return out as unknown as Rest.NetworkConfiguration;
}

/**
 * Converts the wire form of a {@link NetworkConfiguration} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function networkConfigurationDeserializer(item: RestOutput.NetworkConfigurationOutput): NetworkConfiguration {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.subnetId;
  if (value !== undefined) out["subnetId"] = value;
  value = item.dynamicVNetAssignmentScope;
  if (value !== undefined) out["dynamicVnetAssignmentScope"] = value;
  value =
    item.endpointConfiguration === undefined
      ? undefined
      : batchPoolEndpointConfigurationDeserializer(item.endpointConfiguration);
  if (value !== undefined) out["endpointConfiguration"] = value;
  value =
    item.publicIPAddressConfiguration === undefined
      ? undefined
      : batchPublicIpAddressConfigurationDeserializer(item.publicIPAddressConfiguration);
  if (value !== undefined) out["publicIpAddressConfiguration"] = value;
  value = item.enableAcceleratedNetworking;
  if (value !== undefined) out["enableAcceleratedNetworking"] = value;
  return out as unknown as NetworkConfiguration;
}

/**
 * Converts a {@link NetworkConfigurationUpdate} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function networkConfigurationUpdateSerializer(
  item: NetworkConfigurationUpdate,
): Rest.NetworkConfigurationUpdate {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.subnetId;
  if (value !== undefined) out["subnetId"] = value;
  value = item.dynamicVnetAssignmentScope;
  if (value !== undefined) out["dynamicVNetAssignmentScope"] = value;
  value =
    item.endpointConfiguration === undefined
      ? undefined
      : batchPoolEndpointConfigurationUpdateSerializer(item.endpointConfiguration);
  if (value !== undefined) out["endpointConfiguration"] = value;
  value =
    item.publicIpAddressConfiguration === undefined
      ? undefined
      : batchPublicIpAddressConfigurationSerializer(item.publicIpAddressConfiguration);
  if (value !== undefined) out["publicIPAddressConfiguration"] = value;
  value = item.enableAcceleratedNetworking;
  if (value !== undefined) out["enableAcceleratedNetworking"] = value;
  return out as unknown as Rest.NetworkConfigurationUpdate;
}

/**
 * Converts a {@link NetworkSecurityGroupRule} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function networkSecurityGroupRuleSerializer(item: NetworkSecurityGroupRule): Rest.NetworkSecurityGroupRule {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.priority;
  if (value !== undefined) out["priority"] = value;
  value = item.access;
  if (value !== undefined) out["access"] = value;
  value = item.sourceAddressPrefix;
  if (value !== undefined) out["sourceAddressPrefix"] = value;
  value = item.sourcePortRanges;
  if (value !== undefined) out["sourcePortRanges"] = value;
  return out as unknown as Rest.NetworkSecurityGroupRule;
}

/**
 * Converts the wire form of a {@link NetworkSecurityGroupRule} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function networkSecurityGroupRuleDeserializer(
  item: RestOutput.NetworkSecurityGroupRuleOutput,
): NetworkSecurityGroupRule {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.priority;
  if (value !== undefined) out["priority"] = value;
  value = item.access;
  if (value !== undefined) out["access"] = value;
  value = item.sourceAddressPrefix;
  if (value !== undefined) out["sourceAddressPrefix"] = value;
  value = item.sourcePortRanges;
  if (value !== undefined) out["sourcePortRanges"] = value;
  return out as unknown as NetworkSecurityGroupRule;
}

/**
 * Converts a {@link NfsMountConfiguration} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function nfsMountConfigurationSerializer(item: NfsMountConfiguration): Rest.NfsMountConfiguration {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.source;
  if (value !== undefined) out["source"] = value;
  value = item.relativeMountPath;
  if (value !== undefined) out["relativeMountPath"] = value;
  value = item.mountOptions;
  if (value !== undefined) out["mountOptions"] = value;
  return out as unknown as Rest.NfsMountConfiguration;
}

/**
 * Converts the wire form of a {@link NfsMountConfiguration} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function nfsMountConfigurationDeserializer(item: RestOutput.NfsMountConfigurationOutput): NfsMountConfiguration {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.source;
  if (value !== undefined) out["source"] = value;
  value = item.relativeMountPath;
  if (value !== undefined) out["relativeMountPath"] = value;
  value = item.mountOptions;
  if (value !== undefined) out["mountOptions"] = value;
  return out as unknown as NfsMountConfiguration;
}

/**
 * Converts a {@link OutputFile} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function outputFileSerializer(item: OutputFile): Rest.OutputFile {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.filePattern;
  if (value !== undefined) out["filePattern"] = value;
  value = outputFileDestinationSerializer(item.destination);
  if (value !== undefined) out["destination"] = value;
  value = outputFileUploadConfigSerializer(item.uploadOptions);
  if (value !== undefined) out["uploadOptions"] = value;
  return out as unknown as Rest.OutputFile;
}

/**
 * Converts the wire form of a {@link OutputFile} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function outputFileDeserializer(item: RestOutput.OutputFileOutput): OutputFile {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.filePattern;
  if (value !== undefined) out["filePattern"] = value;
  value = item.destination === undefined ? undefined : outputFileDestinationDeserializer(item.destination);
  if (value !== undefined) out["destination"] = value;
  value = item.uploadOptions === undefined ? undefined : outputFileUploadConfigDeserializer(item.uploadOptions);
  if (value !== undefined) out["uploadOptions"] = value;
  return out as unknown as OutputFile;
}

/**
 * Converts a {@link OutputFileBlobContainerDestination} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function outputFileBlobContainerDestinationSerializer(
  item: OutputFileBlobContainerDestination,
): Rest.OutputFileBlobContainerDestination {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.path;
  if (value !== undefined) out["path"] = value;
  value = item.containerUrl;
  if (value !== undefined) out["containerUrl"] = value;
  value =
    item.identityReference === undefined ? undefined : batchNodeIdentityReferenceSerializer(item.identityReference);
  if (value !== undefined) out["identityReference"] = value;
  value =
    item.uploadHeaders === undefined ? undefined : item.uploadHeaders.map((p) => outputFileUploadHeaderSerializer(p));
  if (value !== undefined) out["uploadHeaders"] = value;
  return out as unknown as Rest.OutputFileBlobContainerDestination;
}

/**
 * Converts the wire form of a {@link OutputFileBlobContainerDestination} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function outputFileBlobContainerDestinationDeserializer(
  item: RestOutput.OutputFileBlobContainerDestinationOutput,
): OutputFileBlobContainerDestination {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.path;
  if (value !== undefined) out["path"] = value;
  value = item.containerUrl;
  if (value !== undefined) out["containerUrl"] = value;
  value =
    item.identityReference === undefined ? undefined : batchNodeIdentityReferenceDeserializer(item.identityReference);
  if (value !== undefined) out["identityReference"] = value;
  value =
    item.uploadHeaders === undefined ? undefined : item.uploadHeaders.map((p) => outputFileUploadHeaderDeserializer(p));
  if (value !== undefined) out["uploadHeaders"] = value;
  return out as unknown as OutputFileBlobContainerDestination;
}

/**
 * Converts a {@link OutputFileDestination} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function outputFileDestinationSerializer(item: OutputFileDestination): Rest.OutputFileDestination {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.container === undefined ? undefined : outputFileBlobContainerDestinationSerializer(item.container);
  if (value !== undefined) out["container"] = value;
  return out as unknown as Rest.OutputFileDestination;
}

/**
 * Converts the wire form of a {@link OutputFileDestination} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function outputFileDestinationDeserializer(item: RestOutput.OutputFileDestinationOutput): OutputFileDestination {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.container === undefined ? undefined : outputFileBlobContainerDestinationDeserializer(item.container);
  if (value !== undefined) out["container"] = value;
  return out as unknown as OutputFileDestination;
}

/**
 * Converts a {@link OutputFileUploadConfig} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function outputFileUploadConfigSerializer(item: OutputFileUploadConfig): Rest.OutputFileUploadConfig {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.uploadCondition;
  if (value !== undefined) out["uploadCondition"] = value;
  return out as unknown as Rest.OutputFileUploadConfig;
}

/**
 * Converts the wire form of a {@link OutputFileUploadConfig} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function outputFileUploadConfigDeserializer(
  item: RestOutput.OutputFileUploadConfigOutput,
): OutputFileUploadConfig {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.uploadCondition;
  if (value !== undefined) out["uploadCondition"] = value;
  return out as unknown as OutputFileUploadConfig;
}

/**
 * Converts a {@link OutputFileUploadHeader} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function outputFileUploadHeaderSerializer(item: OutputFileUploadHeader): Rest.OutputFileUploadHeader {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.name;
  if (value !== undefined) out["name"] = value;
  value = item.value;
  if (value !== undefined) out["value"] = value;
  return out as unknown as Rest.OutputFileUploadHeader;
}

/**
 * Converts the wire form of a {@link OutputFileUploadHeader} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function outputFileUploadHeaderDeserializer(
  item: RestOutput.OutputFileUploadHeaderOutput,
): OutputFileUploadHeader {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.name;
  if (value !== undefined) out["name"] = value;
  value = item.value;
  if (value !== undefined) out["value"] = value;
  return out as unknown as OutputFileUploadHeader;
}

/**
 * Converts a {@link Placement} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function placementSerializer(item: Placement): Rest.Placement {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.zonePlacementPolicy;
  if (value !== undefined) out["zonePlacementPolicy"] = value;
  return out as unknown as Rest.Placement;
}

/**
 * Converts the wire form of a {@link Placement} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function placementDeserializer(item: RestOutput.PlacementOutput): Placement {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.zonePlacementPolicy;
  if (value !== undefined) out["zonePlacementPolicy"] = value;
  return out as unknown as Placement;
}

/**
 * Converts a {@link PlacementUpdate} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function placementUpdateSerializer(item: PlacementUpdate): Rest.PlacementUpdate {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.zonePlacementPolicy;
  if (value !== undefined) out["zonePlacementPolicy"] = value;
  return out as unknown as Rest.PlacementUpdate;
}

/**
 * Converts a {@link ProxyAgentSettings} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function proxyAgentSettingsSerializer(item: ProxyAgentSettings): Rest.ProxyAgentSettings {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.enabled;
  if (value !== undefined) out["enabled"] = value;
  value = item.imds === undefined ? undefined : hostEndpointSettingsSerializer(item.imds);
  if (value !== undefined) out["imds"] = value;
  value = item.wireServer === undefined ? undefined : hostEndpointSettingsSerializer(item.wireServer);
  if (value !== undefined) out["wireServer"] = value;
  return out as unknown as Rest.ProxyAgentSettings;
}

/**
 * Converts the wire form of a {@link ProxyAgentSettings} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function proxyAgentSettingsDeserializer(item: RestOutput.ProxyAgentSettingsOutput): ProxyAgentSettings {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.enabled;
  if (value !== undefined) out["enabled"] = value;
  value = item.imds === undefined ? undefined : hostEndpointSettingsDeserializer(item.imds);
  if (value !== undefined) out["imds"] = value;
  value = item.wireServer === undefined ? undefined : hostEndpointSettingsDeserializer(item.wireServer);
  if (value !== undefined) out["wireServer"] = value;
  return out as unknown as ProxyAgentSettings;
}

/**
 * Converts a {@link RecentBatchJob} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function recentBatchJobSerializer(item: RecentBatchJob): Rest.RecentBatchJob {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.id;
  if (value !== undefined) out["id"] = value;
  value = item.url;
  if (value !== undefined) out["url"] = value;
  return out as unknown as Rest.RecentBatchJob;
}

/**
 * Converts the wire form of a {@link RecentBatchJob} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function recentBatchJobDeserializer(item: RestOutput.RecentBatchJobOutput): RecentBatchJob {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.id;
  if (value !== undefined) out["id"] = value;
  value = item.url;
  if (value !== undefined) out["url"] = value;
  return out as unknown as RecentBatchJob;
}

/**
 * Converts a {@link ResiliencyPolicy} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function resiliencyPolicySerializer(item: ResiliencyPolicy): Rest.ResiliencyPolicy {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = zoneAllocationPolicySerializer(item.zoneAllocationPolicy);
  if (value !== undefined) out["zoneAllocationPolicy"] = value;
  return out as unknown as Rest.ResiliencyPolicy;
}

/**
 * Converts the wire form of a {@link ResiliencyPolicy} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function resiliencyPolicyDeserializer(item: RestOutput.ResiliencyPolicyOutput): ResiliencyPolicy {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value =
    item.zoneAllocationPolicy === undefined ? undefined : zoneAllocationPolicyDeserializer(item.zoneAllocationPolicy);
  if (value !== undefined) out["zoneAllocationPolicy"] = value;
  return out as unknown as ResiliencyPolicy;
}

/**
 * Converts a {@link ResiliencyPolicyUpdate} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function resiliencyPolicyUpdateSerializer(item: ResiliencyPolicyUpdate): Rest.ResiliencyPolicyUpdate {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value =
    item.zoneAllocationPolicy === undefined
      ? undefined
      : zoneAllocationPolicyUpdateSerializer(item.zoneAllocationPolicy);
  if (value !== undefined) out["zoneAllocationPolicy"] = value;
  return out as unknown as Rest.ResiliencyPolicyUpdate;
}

/**
 * Converts the wire form of a {@link ResizeError} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function resizeErrorDeserializer(item: RestOutput.ResizeErrorOutput): ResizeError {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.code;
  if (value !== undefined) out["code"] = value;
  value = item.message;
  if (value !== undefined) out["message"] = value;
  value = item.values === undefined ? undefined : item.values.map((p) => nameValuePairDeserializer(p));
  if (value !== undefined) out["values"] = value;
  return out as unknown as ResizeError;
}

/**
 * Converts a {@link ResourceFile} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function resourceFileSerializer(item: ResourceFile): Rest.ResourceFile {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.autoStorageContainerName;
  if (value !== undefined) out["autoStorageContainerName"] = value;
  value = item.storageContainerUrl;
  if (value !== undefined) out["storageContainerUrl"] = value;
  value = item.httpUrl;
  if (value !== undefined) out["httpUrl"] = value;
  value = item.blobPrefix;
  if (value !== undefined) out["blobPrefix"] = value;
  value = item.filePath;
  if (value !== undefined) out["filePath"] = value;
  value = item.fileMode;
  if (value !== undefined) out["fileMode"] = value;
  value =
    item.identityReference === undefined ? undefined : batchNodeIdentityReferenceSerializer(item.identityReference);
  if (value !== undefined) out["identityReference"] = value;
  return out as unknown as Rest.ResourceFile;
}

/**
 * Converts the wire form of a {@link ResourceFile} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function resourceFileDeserializer(item: RestOutput.ResourceFileOutput): ResourceFile {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.autoStorageContainerName;
  if (value !== undefined) out["autoStorageContainerName"] = value;
  value = item.storageContainerUrl;
  if (value !== undefined) out["storageContainerUrl"] = value;
  value = item.httpUrl;
  if (value !== undefined) out["httpUrl"] = value;
  value = item.blobPrefix;
  if (value !== undefined) out["blobPrefix"] = value;
  value = item.filePath;
  if (value !== undefined) out["filePath"] = value;
  value = item.fileMode;
  if (value !== undefined) out["fileMode"] = value;
  value =
    item.identityReference === undefined ? undefined : batchNodeIdentityReferenceDeserializer(item.identityReference);
  if (value !== undefined) out["identityReference"] = value;
  return out as unknown as ResourceFile;
}

/**
 * Converts a {@link RollingUpgradePolicy} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function rollingUpgradePolicySerializer(item: RollingUpgradePolicy): Rest.RollingUpgradePolicy {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.enableCrossZoneUpgrade;
  if (value !== undefined) out["enableCrossZoneUpgrade"] = value;
  value = item.maxBatchInstancePercent;
  if (value !== undefined) out["maxBatchInstancePercent"] = value;
  value = item.maxUnhealthyInstancePercent;
  if (value !== undefined) out["maxUnhealthyInstancePercent"] = value;
  value = item.maxUnhealthyUpgradedInstancePercent;
  if (value !== undefined) out["maxUnhealthyUpgradedInstancePercent"] = value;
  value = item.pauseTimeBetweenBatches;
  if (value !== undefined) out["pauseTimeBetweenBatches"] = value;
  value = item.prioritizeUnhealthyInstances;
  if (value !== undefined) out["prioritizeUnhealthyInstances"] = value;
  value = item.rollbackFailedInstancesOnPolicyBreach;
  if (value !== undefined) out["rollbackFailedInstancesOnPolicyBreach"] = value;
  return out as unknown as Rest.RollingUpgradePolicy;
}

/**
 * Converts the wire form of a {@link RollingUpgradePolicy} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function rollingUpgradePolicyDeserializer(item: RestOutput.RollingUpgradePolicyOutput): RollingUpgradePolicy {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.enableCrossZoneUpgrade;
  if (value !== undefined) out["enableCrossZoneUpgrade"] = value;
  value = item.maxBatchInstancePercent;
  if (value !== undefined) out["maxBatchInstancePercent"] = value;
  value = item.maxUnhealthyInstancePercent;
  if (value !== undefined) out["maxUnhealthyInstancePercent"] = value;
  value = item.maxUnhealthyUpgradedInstancePercent;
  if (value !== undefined) out["maxUnhealthyUpgradedInstancePercent"] = value;
  value = item.pauseTimeBetweenBatches;
  if (value !== undefined) out["pauseTimeBetweenBatches"] = value;
  value = item.prioritizeUnhealthyInstances;
  if (value !== undefined) out["prioritizeUnhealthyInstances"] = value;
  value = item.rollbackFailedInstancesOnPolicyBreach;
  if (value !== undefined) out["rollbackFailedInstancesOnPolicyBreach"] = value;
  return out as unknown as RollingUpgradePolicy;
}

/**
 * Converts a {@link SecurityProfile} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function securityProfileSerializer(item: SecurityProfile): Rest.SecurityProfile {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.encryptionAtHost;
  if (value !== undefined) out["encryptionAtHost"] = value;
  value = item.proxyAgentSettings === undefined ? undefined : proxyAgentSettingsSerializer(item.proxyAgentSettings);
  if (value !== undefined) out["proxyAgentSettings"] = value;
  value = item.securityType;
  if (value !== undefined) out["securityType"] = value;
  value = item.uefiSettings === undefined ? undefined : batchUefiSettingsSerializer(item.uefiSettings);
  if (value !== undefined) out["uefiSettings"] = value;
  return out as unknown as Rest.SecurityProfile;
}

/**
 * Converts the wire form of a {@link SecurityProfile} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function securityProfileDeserializer(item: RestOutput.SecurityProfileOutput): SecurityProfile {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.encryptionAtHost;
  if (value !== undefined) out["encryptionAtHost"] = value;
  value = item.proxyAgentSettings === undefined ? undefined : proxyAgentSettingsDeserializer(item.proxyAgentSettings);
  if (value !== undefined) out["proxyAgentSettings"] = value;
  value = item.securityType;
  if (value !== undefined) out["securityType"] = value;
  value = item.uefiSettings === undefined ? undefined : batchUefiSettingsDeserializer(item.uefiSettings);
  if (value !== undefined) out["uefiSettings"] = value;
  return out as unknown as SecurityProfile;
}

/**
 * Converts a {@link ServiceArtifactReference} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function serviceArtifactReferenceSerializer(item: ServiceArtifactReference): Rest.ServiceArtifactReference {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.id;
  if (value !== undefined) out["id"] = value;
  return out as unknown as Rest.ServiceArtifactReference;
}

/**
 * Converts the wire form of a {@link ServiceArtifactReference} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function serviceArtifactReferenceDeserializer(
  item: RestOutput.ServiceArtifactReferenceOutput,
): ServiceArtifactReference {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.id;
  if (value !== undefined) out["id"] = value;
  return out as unknown as ServiceArtifactReference;
}

/**
 * Converts a {@link ServiceArtifactReferenceUpdate} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function serviceArtifactReferenceUpdateSerializer(
  item: ServiceArtifactReferenceUpdate,
): Rest.ServiceArtifactReferenceUpdate {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.id;
  if (value !== undefined) out["id"] = value;
  return out as unknown as Rest.ServiceArtifactReferenceUpdate;
}

/**
 * Converts a {@link UpgradePolicy} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function upgradePolicySerializer(item: UpgradePolicy): Rest.UpgradePolicy {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.mode;
  if (value !== undefined) out["mode"] = value;
  value =
    item.automaticOsUpgradePolicy === undefined
      ? undefined
      : automaticOsUpgradePolicySerializer(item.automaticOsUpgradePolicy);
  if (value !== undefined) out["automaticOSUpgradePolicy"] = value;
  value =
    item.rollingUpgradePolicy === undefined ? undefined : rollingUpgradePolicySerializer(item.rollingUpgradePolicy);
  if (value !== undefined) out["rollingUpgradePolicy"] = value;
  return out as unknown as Rest.UpgradePolicy;
}

/**
 * Converts the wire form of a {@link UpgradePolicy} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function upgradePolicyDeserializer(item: RestOutput.UpgradePolicyOutput): UpgradePolicy {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.mode;
  if (value !== undefined) out["mode"] = value;
  value =
    item.automaticOSUpgradePolicy === undefined
      ? undefined
      : automaticOsUpgradePolicyDeserializer(item.automaticOSUpgradePolicy);
  if (value !== undefined) out["automaticOsUpgradePolicy"] = value;
  value =
    item.rollingUpgradePolicy === undefined ? undefined : rollingUpgradePolicyDeserializer(item.rollingUpgradePolicy);
  if (value !== undefined) out["rollingUpgradePolicy"] = value;
  return out as unknown as UpgradePolicy;
}

/**
 * Converts a {@link UpgradePolicyUpdate} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function upgradePolicyUpdateSerializer(item: UpgradePolicyUpdate): Rest.UpgradePolicyUpdate {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.mode;
  if (value !== undefined) out["mode"] = value;
  value =
    item.automaticOsUpgradePolicy === undefined
      ? undefined
      : automaticOsUpgradePolicySerializer(item.automaticOsUpgradePolicy);
  if (value !== undefined) out["automaticOSUpgradePolicy"] = value;
  value =
    item.rollingUpgradePolicy === undefined ? undefined : rollingUpgradePolicySerializer(item.rollingUpgradePolicy);
  if (value !== undefined) out["rollingUpgradePolicy"] = value;
  return out as unknown as Rest.UpgradePolicyUpdate;
}

/**
 * Converts a {@link UploadBatchServiceLogsOptions} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function uploadBatchServiceLogsOptionsSerializer(
  item: UploadBatchServiceLogsOptions,
): Rest.UploadBatchServiceLogsOptions {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.containerUrl;
  if (value !== undefined) out["containerUrl"] = value;
  value = item.startTime.toISOString();
  if (value !== undefined) out["startTime"] = value;
  value = item.endTime === undefined ? undefined : item.endTime.toISOString();
  if (value !== undefined) out["endTime"] = value;
  value =
    item.identityReference === undefined ? undefined : batchNodeIdentityReferenceSerializer(item.identityReference);
  if (value !== undefined) out["identityReference"] = value;
  return out as unknown as Rest.UploadBatchServiceLogsOptions;
}

/**
 * Converts the wire form of a {@link UploadBatchServiceLogsResult} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function uploadBatchServiceLogsResultDeserializer(
  item: RestOutput.UploadBatchServiceLogsResultOutput,
): UploadBatchServiceLogsResult {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.virtualDirectoryName;
  if (value !== undefined) out["virtualDirectoryName"] = value;
  value = item.numberOfFilesUploaded;
  if (value !== undefined) out["numberOfFilesUploaded"] = value;
  return out as unknown as UploadBatchServiceLogsResult;
}

/**
 * Converts a {@link UserAccount} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function userAccountSerializer(item: UserAccount): Rest.UserAccount {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.name;
  if (value !== undefined) out["name"] = value;
  value = item.password;
  if (value !== undefined) out["password"] = value;
  value = item.elevationLevel;
  if (value !== undefined) out["elevationLevel"] = value;
  value =
    item.linuxUserConfiguration === undefined
      ? undefined
      : linuxUserConfigurationSerializer(item.linuxUserConfiguration);
  if (value !== undefined) out["linuxUserConfiguration"] = value;
  value =
    item.windowsUserConfiguration === undefined
      ? undefined
      : windowsUserConfigurationSerializer(item.windowsUserConfiguration);
  if (value !== undefined) out["windowsUserConfiguration"] = value;
  return out as unknown as Rest.UserAccount;
}

/**
 * Converts the wire form of a {@link UserAccount} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function userAccountDeserializer(item: RestOutput.UserAccountOutput): UserAccount {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.name;
  if (value !== undefined) out["name"] = value;
  value = item.password;
  if (value !== undefined) out["password"] = value;
  value = item.elevationLevel;
  if (value !== undefined) out["elevationLevel"] = value;
  value =
    item.linuxUserConfiguration === undefined
      ? undefined
      : linuxUserConfigurationDeserializer(item.linuxUserConfiguration);
  if (value !== undefined) out["linuxUserConfiguration"] = value;
  value =
    item.windowsUserConfiguration === undefined
      ? undefined
      : windowsUserConfigurationDeserializer(item.windowsUserConfiguration);
  if (value !== undefined) out["windowsUserConfiguration"] = value;
  return out as unknown as UserAccount;
}

/**
 * Converts a {@link UserIdentity} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function userIdentitySerializer(item: UserIdentity): Rest.UserIdentity {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.username;
  if (value !== undefined) out["username"] = value;
  value = item.autoUser === undefined ? undefined : autoUserSpecificationSerializer(item.autoUser);
  if (value !== undefined) out["autoUser"] = value;
  return out as unknown as Rest.UserIdentity;
}

/**
 * Converts the wire form of a {@link UserIdentity} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function userIdentityDeserializer(item: RestOutput.UserIdentityOutput): UserIdentity {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.username;
  if (value !== undefined) out["username"] = value;
  value = item.autoUser === undefined ? undefined : autoUserSpecificationDeserializer(item.autoUser);
  if (value !== undefined) out["autoUser"] = value;
  return out as unknown as UserIdentity;
}

/**
 * Converts a {@link VMExtension} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function vMExtensionSerializer(item: VMExtension): Rest.VMExtension {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.name;
  if (value !== undefined) out["name"] = value;
  value = item.publisher;
  if (value !== undefined) out["publisher"] = value;
  value = item.type;
  if (value !== undefined) out["type"] = value;
  value = item.typeHandlerVersion;
  if (value !== undefined) out["typeHandlerVersion"] = value;
  value = item.autoUpgradeMinorVersion;
  if (value !== undefined) out["autoUpgradeMinorVersion"] = value;
  value = item.enableAutomaticUpgrade;
  if (value !== undefined) out["enableAutomaticUpgrade"] = value;
  value = item.settings;
  if (value !== undefined) out["settings"] = value;
  value = item.protectedSettings;
  if (value !== undefined) out["protectedSettings"] = value;
  value = item.provisionAfterExtensions;
  if (value !== undefined) out["provisionAfterExtensions"] = value;
  return out as unknown as Rest.VMExtension;
}

/**
 * Converts the wire form of a {@link VMExtension} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function vMExtensionDeserializer(item: RestOutput.VMExtensionOutput): VMExtension {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.name;
  if (value !== undefined) out["name"] = value;
  value = item.publisher;
  if (value !== undefined) out["publisher"] = value;
  value = item.type;
  if (value !== undefined) out["type"] = value;
  value = item.typeHandlerVersion;
  if (value !== undefined) out["typeHandlerVersion"] = value;
  value = item.autoUpgradeMinorVersion;
  if (value !== undefined) out["autoUpgradeMinorVersion"] = value;
  value = item.enableAutomaticUpgrade;
  if (value !== undefined) out["enableAutomaticUpgrade"] = value;
  value = item.settings;
  if (value !== undefined) out["settings"] = value;
  value = item.protectedSettings;
  if (value !== undefined) out["protectedSettings"] = value;
  value = item.provisionAfterExtensions;
  if (value !== undefined) out["provisionAfterExtensions"] = value;
  return out as unknown as VMExtension;
}

/**
 * Converts the wire form of a {@link VMExtensionInstanceView} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function vMExtensionInstanceViewDeserializer(
  item: RestOutput.VMExtensionInstanceViewOutput,
): VMExtensionInstanceView {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.name;
  if (value !== undefined) out["name"] = value;
  value = item.statuses === undefined ? undefined : item.statuses.map((p) => instanceViewStatusDeserializer(p));
  if (value !== undefined) out["statuses"] = value;
  value = item.subStatuses === undefined ? undefined : item.subStatuses.map((p) => instanceViewStatusDeserializer(p));
  if (value !== undefined) out["subStatuses"] = value;
  return out as unknown as VMExtensionInstanceView;
}

/**
 * Converts a {@link VMSizeProperties} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function vMSizePropertiesSerializer(item: VMSizeProperties): Rest.VMSizeProperties {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.vCPUsAvailable;
  if (value !== undefined) out["vCPUsAvailable"] = value;
  value = item.vCPUsPerCore;
  if (value !== undefined) out["vCPUsPerCore"] = value;
  return out as unknown as Rest.VMSizeProperties;
}

/**
 * Converts the wire form of a {@link VMSizeProperties} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function vMSizePropertiesDeserializer(item: RestOutput.VMSizePropertiesOutput): VMSizeProperties {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.vCPUsAvailable;
  if (value !== undefined) out["vCPUsAvailable"] = value;
  value = item.vCPUsPerCore;
  if (value !== undefined) out["vCPUsPerCore"] = value;
  return out as unknown as VMSizeProperties;
}

/**
 * Converts a {@link VirtualMachineConfiguration} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function virtualMachineConfigurationSerializer(
  item: VirtualMachineConfiguration,
): Rest.VirtualMachineConfiguration {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = batchVmImageReferenceSerializer(item.imageReference);
  if (value !== undefined) out["imageReference"] = value;
  value = item.nodeAgentSkuId;
  if (value !== undefined) out["nodeAgentSKUId"] = value;
  value =
    item.windowsConfiguration === undefined ? undefined : windowsConfigurationSerializer(item.windowsConfiguration);
  if (value !== undefined) out["windowsConfiguration"] = value;
  value = item.dataDisks === undefined ? undefined : item.dataDisks.map((p) => dataDiskSerializer(p));
  if (value !== undefined) out["dataDisks"] = value;
  value = item.licenseType;
  if (value !== undefined) out["licenseType"] = value;
  value =
    item.containerConfiguration === undefined
      ? undefined
      : batchContainerConfigurationSerializer(item.containerConfiguration);
  if (value !== undefined) out["containerConfiguration"] = value;
  value =
    item.diskEncryptionConfiguration === undefined
      ? undefined
      : diskEncryptionConfigurationSerializer(item.diskEncryptionConfiguration);
  if (value !== undefined) out["diskEncryptionConfiguration"] = value;
  value =
    item.nodePlacementConfiguration === undefined
      ? undefined
      : batchNodePlacementConfigurationSerializer(item.nodePlacementConfiguration);
  if (value !== undefined) out["nodePlacementConfiguration"] = value;
  value = item.extensions === undefined ? undefined : item.extensions.map((p) => vMExtensionSerializer(p));
  if (value !== undefined) out["extensions"] = value;
  value = item.osDisk === undefined ? undefined : batchOsDiskSerializer(item.osDisk);
  if (value !== undefined) out["osDisk"] = value;
  value = item.securityProfile === undefined ? undefined : securityProfileSerializer(item.securityProfile);
  if (value !== undefined) out["securityProfile"] = value;
  value =
    item.serviceArtifactReference === undefined
      ? undefined
      : serviceArtifactReferenceSerializer(item.serviceArtifactReference);
  if (value !== undefined) out["serviceArtifactReference"] = value;
  value = item.hardwareProfile === undefined ? undefined : hardwareProfileSerializer(item.hardwareProfile);
  if (value !== undefined) out["hardwareProfile"] = value;
  value = item.placement === undefined ? undefined : placementSerializer(item.placement);
  if (value !== undefined) out["placement"] = value;
  value = item.resiliencyPolicy === undefined ? undefined : resiliencyPolicySerializer(item.resiliencyPolicy);
  if (value !== undefined) out["resiliencyPolicy"] = value;
  return out as unknown as Rest.VirtualMachineConfiguration;
}

/**
 * Converts the wire form of a {@link VirtualMachineConfiguration} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function virtualMachineConfigurationDeserializer(
  item: RestOutput.VirtualMachineConfigurationOutput,
): VirtualMachineConfiguration {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.imageReference === undefined ? undefined : batchVmImageReferenceDeserializer(item.imageReference);
  if (value !== undefined) out["imageReference"] = value;
  value = item.nodeAgentSKUId;
  if (value !== undefined) out["nodeAgentSkuId"] = value;
  value =
    item.windowsConfiguration === undefined ? undefined : windowsConfigurationDeserializer(item.windowsConfiguration);
  if (value !== undefined) out["windowsConfiguration"] = value;
  value = item.dataDisks === undefined ? undefined : item.dataDisks.map((p) => dataDiskDeserializer(p));
  if (value !== undefined) out["dataDisks"] = value;
  value = item.licenseType;
  if (value !== undefined) out["licenseType"] = value;
  value =
    item.containerConfiguration === undefined
      ? undefined
      : batchContainerConfigurationDeserializer(item.containerConfiguration);
  if (value !== undefined) out["containerConfiguration"] = value;
  value =
    item.diskEncryptionConfiguration === undefined
      ? undefined
      : diskEncryptionConfigurationDeserializer(item.diskEncryptionConfiguration);
  if (value !== undefined) out["diskEncryptionConfiguration"] = value;
  value =
    item.nodePlacementConfiguration === undefined
      ? undefined
      : batchNodePlacementConfigurationDeserializer(item.nodePlacementConfiguration);
  if (value !== undefined) out["nodePlacementConfiguration"] = value;
  value = item.extensions === undefined ? undefined : item.extensions.map((p) => vMExtensionDeserializer(p));
  if (value !== undefined) out["extensions"] = value;
  value = item.osDisk === undefined ? undefined : batchOsDiskDeserializer(item.osDisk);
  if (value !== undefined) out["osDisk"] = value;
  value = item.securityProfile === undefined ? undefined : securityProfileDeserializer(item.securityProfile);
  if (value !== undefined) out["securityProfile"] = value;
  value =
    item.serviceArtifactReference === undefined
      ? undefined
      : serviceArtifactReferenceDeserializer(item.serviceArtifactReference);
  if (value !== undefined) out["serviceArtifactReference"] = value;
  value = item.hardwareProfile === undefined ? undefined : hardwareProfileDeserializer(item.hardwareProfile);
  if (value !== undefined) out["hardwareProfile"] = value;
  value = item.placement === undefined ? undefined : placementDeserializer(item.placement);
  if (value !== undefined) out["placement"] = value;
  value = item.resiliencyPolicy === undefined ? undefined : resiliencyPolicyDeserializer(item.resiliencyPolicy);
  if (value !== undefined) out["resiliencyPolicy"] = value;
  return out as unknown as VirtualMachineConfiguration;
}

/**
 * Converts a {@link VirtualMachineConfigurationUpdate} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function virtualMachineConfigurationUpdateSerializer(
  item: VirtualMachineConfigurationUpdate,
): Rest.VirtualMachineConfigurationUpdate {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.imageReference === undefined ? undefined : batchVmImageReferenceSerializer(item.imageReference);
  if (value !== undefined) out["imageReference"] = value;
  value = item.nodeAgentSkuId;
  if (value !== undefined) out["nodeAgentSKUId"] = value;
  value =
    item.windowsConfiguration === undefined ? undefined : windowsConfigurationSerializer(item.windowsConfiguration);
  if (value !== undefined) out["windowsConfiguration"] = value;
  value = item.dataDisks === undefined ? undefined : item.dataDisks.map((p) => dataDiskSerializer(p));
  if (value !== undefined) out["dataDisks"] = value;
  value = item.licenseType;
  if (value !== undefined) out["licenseType"] = value;
  value =
    item.containerConfiguration === undefined
      ? undefined
      : batchContainerConfigurationUpdateSerializer(item.containerConfiguration);
  if (value !== undefined) out["containerConfiguration"] = value;
  value =
    item.diskEncryptionConfiguration === undefined
      ? undefined
      : diskEncryptionConfigurationSerializer(item.diskEncryptionConfiguration);
  if (value !== undefined) out["diskEncryptionConfiguration"] = value;
  value =
    item.nodePlacementConfiguration === undefined
      ? undefined
      : batchNodePlacementConfigurationSerializer(item.nodePlacementConfiguration);
  if (value !== undefined) out["nodePlacementConfiguration"] = value;
  value = item.extensions === undefined ? undefined : item.extensions.map((p) => vMExtensionSerializer(p));
  if (value !== undefined) out["extensions"] = value;
  value = item.osDisk === undefined ? undefined : batchOsDiskSerializer(item.osDisk);
  if (value !== undefined) out["osDisk"] = value;
  value = item.securityProfile === undefined ? undefined : securityProfileSerializer(item.securityProfile);
  if (value !== undefined) out["securityProfile"] = value;
  value =
    item.serviceArtifactReference === undefined
      ? undefined
      : serviceArtifactReferenceUpdateSerializer(item.serviceArtifactReference);
  if (value !== undefined) out["serviceArtifactReference"] = value;
  value = item.hardwareProfile === undefined ? undefined : hardwareProfileSerializer(item.hardwareProfile);
  if (value !== undefined) out["hardwareProfile"] = value;
  value = item.placement === undefined ? undefined : placementUpdateSerializer(item.placement);
  if (value !== undefined) out["placement"] = value;
  value = item.resiliencyPolicy === undefined ? undefined : resiliencyPolicyUpdateSerializer(item.resiliencyPolicy);
  if (value !== undefined) out["resiliencyPolicy"] = value;
  return out as unknown as Rest.VirtualMachineConfigurationUpdate;
}

/**
 * Converts the wire form of a {@link VirtualMachineInfo} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function virtualMachineInfoDeserializer(item: RestOutput.VirtualMachineInfoOutput): VirtualMachineInfo {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.imageReference === undefined ? undefined : batchVmImageReferenceDeserializer(item.imageReference);
  if (value !== undefined) out["imageReference"] = value;
  value = item.scaleSetVmResourceId;
  if (value !== undefined) out["scaleSetVmResourceId"] = value;
  return out as unknown as VirtualMachineInfo;
}

/**
 * Converts a {@link VirtualMachineSkuProfile} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function virtualMachineSkuProfileSerializer(item: VirtualMachineSkuProfile): Rest.VirtualMachineSkuProfile {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.vmSizes === undefined ? undefined : item.vmSizes.map((p) => virtualMachineSkuProfileVmSizeSerializer(p));
  if (value !== undefined) out["vmSizes"] = value;
  value = item.allocationStrategy;
  if (value !== undefined) out["allocationStrategy"] = value;
  return out as unknown as Rest.VirtualMachineSkuProfile;
}

/**
 * Converts the wire form of a {@link VirtualMachineSkuProfile} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function virtualMachineSkuProfileDeserializer(
  item: RestOutput.VirtualMachineSkuProfileOutput,
): VirtualMachineSkuProfile {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value =
    item.vmSizes === undefined ? undefined : item.vmSizes.map((p) => virtualMachineSkuProfileVmSizeDeserializer(p));
  if (value !== undefined) out["vmSizes"] = value;
  value = item.allocationStrategy;
  if (value !== undefined) out["allocationStrategy"] = value;
  return out as unknown as VirtualMachineSkuProfile;
}

/**
 * Converts a {@link VirtualMachineSkuProfileVmSize} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function virtualMachineSkuProfileVmSizeSerializer(
  item: VirtualMachineSkuProfileVmSize,
): Rest.VirtualMachineSkuProfileVmSize {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.name;
  if (value !== undefined) out["name"] = value;
  value = item.rank;
  if (value !== undefined) out["rank"] = value;
  return out as unknown as Rest.VirtualMachineSkuProfileVmSize;
}

/**
 * Converts the wire form of a {@link VirtualMachineSkuProfileVmSize} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function virtualMachineSkuProfileVmSizeDeserializer(
  item: RestOutput.VirtualMachineSkuProfileVmSizeOutput,
): VirtualMachineSkuProfileVmSize {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.name;
  if (value !== undefined) out["name"] = value;
  value = item.rank;
  if (value !== undefined) out["rank"] = value;
  return out as unknown as VirtualMachineSkuProfileVmSize;
}

/**
 * Converts a {@link WindowsConfiguration} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function windowsConfigurationSerializer(item: WindowsConfiguration): Rest.WindowsConfiguration {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.enableAutomaticUpdates;
  if (value !== undefined) out["enableAutomaticUpdates"] = value;
  return out as unknown as Rest.WindowsConfiguration;
}

/**
 * Converts the wire form of a {@link WindowsConfiguration} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function windowsConfigurationDeserializer(item: RestOutput.WindowsConfigurationOutput): WindowsConfiguration {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.enableAutomaticUpdates;
  if (value !== undefined) out["enableAutomaticUpdates"] = value;
  return out as unknown as WindowsConfiguration;
}

/**
 * Converts a {@link WindowsUserConfiguration} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function windowsUserConfigurationSerializer(item: WindowsUserConfiguration): Rest.WindowsUserConfiguration {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.loginMode;
  if (value !== undefined) out["loginMode"] = value;
  return out as unknown as Rest.WindowsUserConfiguration;
}

/**
 * Converts the wire form of a {@link WindowsUserConfiguration} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function windowsUserConfigurationDeserializer(
  item: RestOutput.WindowsUserConfigurationOutput,
): WindowsUserConfiguration {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.loginMode;
  if (value !== undefined) out["loginMode"] = value;
  return out as unknown as WindowsUserConfiguration;
}

/**
 * Converts a {@link ZoneAllocationPolicy} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function zoneAllocationPolicySerializer(item: ZoneAllocationPolicy): Rest.ZoneAllocationPolicy {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.maxZoneCount;
  if (value !== undefined) out["maxZoneCount"] = value;
  value =
    item.maxInstancePercentPerZonePolicy === undefined
      ? undefined
      : maxInstancePercentPerZonePolicySerializer(item.maxInstancePercentPerZonePolicy);
  if (value !== undefined) out["maxInstancePercentPerZonePolicy"] = value;
  return out as unknown as Rest.ZoneAllocationPolicy;
}

/**
 * Converts the wire form of a {@link ZoneAllocationPolicy} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function zoneAllocationPolicyDeserializer(item: RestOutput.ZoneAllocationPolicyOutput): ZoneAllocationPolicy {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.maxZoneCount;
  if (value !== undefined) out["maxZoneCount"] = value;
  value =
    item.maxInstancePercentPerZonePolicy === undefined
      ? undefined
      : maxInstancePercentPerZonePolicyDeserializer(item.maxInstancePercentPerZonePolicy);
  if (value !== undefined) out["maxInstancePercentPerZonePolicy"] = value;
  return out as unknown as ZoneAllocationPolicy;
}

/**
 * Converts a {@link ZoneAllocationPolicyUpdate} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function zoneAllocationPolicyUpdateSerializer(
  item: ZoneAllocationPolicyUpdate,
): Rest.ZoneAllocationPolicyUpdate {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.maxZoneCount;
  if (value !== undefined) out["maxZoneCount"] = value;
  value =
    item.maxInstancePercentPerZonePolicy === undefined
      ? undefined
      : maxInstancePercentPerZonePolicyUpdateSerializer(item.maxInstancePercentPerZonePolicy);
  if (value !== undefined) out["maxInstancePercentPerZonePolicy"] = value;
  return out as unknown as Rest.ZoneAllocationPolicyUpdate;
}
