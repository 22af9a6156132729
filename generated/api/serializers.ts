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
import { convertShape, type Shape } from "./static-helpers/serialization.js";

const autoScaleRunFromWire: Shape = [
  ["timestamp", 0, "date"],
  "results",
  ["error", 0, () => autoScaleRunErrorFromWire],
];

/**
 * Converts the wire form of a {@link AutoScaleRun} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function autoScaleRunDeserializer(item: RestOutput.AutoScaleRunOutput): AutoScaleRun {
  return convertShape(item, autoScaleRunFromWire) as unknown as AutoScaleRun;
}

const autoScaleRunErrorFromWire: Shape = ["code", "message", ["values", 0, { items: () => nameValuePairFromWire }]];

/**
 * Converts the wire form of a {@link AutoScaleRunError} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function autoScaleRunErrorDeserializer(item: RestOutput.AutoScaleRunErrorOutput): AutoScaleRunError {
  return convertShape(item, autoScaleRunErrorFromWire) as unknown as AutoScaleRunError;
}

const autoUserSpecificationToWire: Shape = ["scope", "elevationLevel"];

/**
 * Converts a {@link AutoUserSpecification} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function autoUserSpecificationSerializer(item: AutoUserSpecification): Rest.AutoUserSpecification {
  return convertShape(item, autoUserSpecificationToWire) as unknown as Rest.AutoUserSpecification;
}

const autoUserSpecificationFromWire: Shape = ["scope", "elevationLevel"];

/**
 * Converts the wire form of a {@link AutoUserSpecification} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function autoUserSpecificationDeserializer(item: RestOutput.AutoUserSpecificationOutput): AutoUserSpecification {
  return convertShape(item, autoUserSpecificationFromWire) as unknown as AutoUserSpecification;
}

const automaticOsUpgradePolicyToWire: Shape = [
  "disableAutomaticRollback",
  ["enableAutomaticOsUpgrade", "enableAutomaticOSUpgrade"],
  "useRollingUpgradePolicy",
  "osRollingUpgradeDeferral",
];

/**
 * Converts a {@link AutomaticOsUpgradePolicy} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function automaticOsUpgradePolicySerializer(item: AutomaticOsUpgradePolicy): Rest.AutomaticOsUpgradePolicy {
  return convertShape(item, automaticOsUpgradePolicyToWire) as unknown as Rest.AutomaticOsUpgradePolicy;
}

const automaticOsUpgradePolicyFromWire: Shape = [
  "disableAutomaticRollback",
  ["enableAutomaticOSUpgrade", "enableAutomaticOsUpgrade"],
  "useRollingUpgradePolicy",
  "osRollingUpgradeDeferral",
];

/**
 * Converts the wire form of a {@link AutomaticOsUpgradePolicy} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function automaticOsUpgradePolicyDeserializer(
  item: RestOutput.AutomaticOsUpgradePolicyOutput,
): AutomaticOsUpgradePolicy {
  return convertShape(item, automaticOsUpgradePolicyFromWire) as unknown as AutomaticOsUpgradePolicy;
}

const azureBlobFileSystemConfigurationToWire: Shape = [
  "accountName",
  "containerName",
  "accountKey",
  "sasKey",
  "blobfuseOptions",
  "relativeMountPath",
  ["identityReference", 0, () => batchNodeIdentityReferenceToWire],
];

/**
 * Converts a {@link AzureBlobFileSystemConfiguration} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function azureBlobFileSystemConfigurationSerializer(
  item: AzureBlobFileSystemConfiguration,
): Rest.AzureBlobFileSystemConfiguration {
  return convertShape(item, azureBlobFileSystemConfigurationToWire) as unknown as Rest.AzureBlobFileSystemConfiguration;
}

const azureBlobFileSystemConfigurationFromWire: Shape = [
  "accountName",
  "containerName",
  "accountKey",
  "sasKey",
  "blobfuseOptions",
  "relativeMountPath",
  ["identityReference", 0, () => batchNodeIdentityReferenceFromWire],
];

/**
 * Converts the wire form of a {@link AzureBlobFileSystemConfiguration} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function azureBlobFileSystemConfigurationDeserializer(
  item: RestOutput.AzureBlobFileSystemConfigurationOutput,
): AzureBlobFileSystemConfiguration {
  return convertShape(item, azureBlobFileSystemConfigurationFromWire) as unknown as AzureBlobFileSystemConfiguration;
}

const azureFileShareConfigurationToWire: Shape = [
  "accountName",
  "accountKey",
  "azureFileUrl",
  "relativeMountPath",
  "mountOptions",
];

/**
 * Converts a {@link AzureFileShareConfiguration} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function azureFileShareConfigurationSerializer(
  item: AzureFileShareConfiguration,
): Rest.AzureFileShareConfiguration {
  return convertShape(item, azureFileShareConfigurationToWire) as unknown as Rest.AzureFileShareConfiguration;
}

const azureFileShareConfigurationFromWire: Shape = [
  "accountName",
  "accountKey",
  "azureFileUrl",
  "relativeMountPath",
  "mountOptions",
];

/**
 * Converts the wire form of a {@link AzureFileShareConfiguration} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function azureFileShareConfigurationDeserializer(
  item: RestOutput.AzureFileShareConfigurationOutput,
): AzureFileShareConfiguration {
  return convertShape(item, azureFileShareConfigurationFromWire) as unknown as AzureFileShareConfiguration;
}

const batchAccountListSupportedImagesResultFromWire: Shape = [
  ["value", 0, { items: () => batchSupportedImageFromWire }],
  ["odata.nextLink", "odataNextLink"],
];

/**
 * Converts the wire form of a {@link BatchAccountListSupportedImagesResult} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchAccountListSupportedImagesResultDeserializer(
  item: RestOutput.BatchAccountListSupportedImagesResultOutput,
): BatchAccountListSupportedImagesResult {
  return convertShape(
    item,
    batchAccountListSupportedImagesResultFromWire,
  ) as unknown as BatchAccountListSupportedImagesResult;
}

const batchAffinityInfoToWire: Shape = ["affinityId"];

/**
 * Converts a {@link BatchAffinityInfo} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchAffinityInfoSerializer(item: BatchAffinityInfo): Rest.BatchAffinityInfo {
  return convertShape(item, batchAffinityInfoToWire) as unknown as Rest.BatchAffinityInfo;
}

const batchAffinityInfoFromWire: Shape = ["affinityId"];

/**
 * Converts the wire form of a {@link BatchAffinityInfo} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchAffinityInfoDeserializer(item: RestOutput.BatchAffinityInfoOutput): BatchAffinityInfo {
  return convertShape(item, batchAffinityInfoFromWire) as unknown as BatchAffinityInfo;
}

const batchApplicationFromWire: Shape = ["id", "displayName", "versions"];

/**
 * Converts the wire form of a {@link BatchApplication} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchApplicationDeserializer(item: RestOutput.BatchApplicationOutput): BatchApplication {
  return convertShape(item, batchApplicationFromWire) as unknown as BatchApplication;
}

const batchApplicationListResultFromWire: Shape = [
  ["value", 0, { items: () => batchApplicationFromWire }],
  ["odata.nextLink", "odataNextLink"],
];

/**
 * Converts the wire form of a {@link BatchApplicationListResult} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchApplicationListResultDeserializer(
  item: RestOutput.BatchApplicationListResultOutput,
): BatchApplicationListResult {
  return convertShape(item, batchApplicationListResultFromWire) as unknown as BatchApplicationListResult;
}

const batchApplicationPackageReferenceToWire: Shape = ["applicationId", "version"];

/**
 * Converts a {@link BatchApplicationPackageReference} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchApplicationPackageReferenceSerializer(
  item: BatchApplicationPackageReference,
): Rest.BatchApplicationPackageReference {
  return convertShape(item, batchApplicationPackageReferenceToWire) as unknown as Rest.BatchApplicationPackageReference;
}

const batchApplicationPackageReferenceFromWire: Shape = ["applicationId", "version"];

/**
 * Converts the wire form of a {@link BatchApplicationPackageReference} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchApplicationPackageReferenceDeserializer(
  item: RestOutput.BatchApplicationPackageReferenceOutput,
): BatchApplicationPackageReference {
  return convertShape(item, batchApplicationPackageReferenceFromWire) as unknown as BatchApplicationPackageReference;
}

const batchAutoPoolSpecificationToWire: Shape = [
  "autoPoolIdPrefix",
  "poolLifetimeOption",
  "keepAlive",
  ["pool", 0, () => batchPoolSpecificationToWire],
];

/**
 * Converts a {@link BatchAutoPoolSpecification} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchAutoPoolSpecificationSerializer(
  item: BatchAutoPoolSpecification,
): Rest.BatchAutoPoolSpecification {
  return convertShape(item, batchAutoPoolSpecificationToWire) as unknown as Rest.BatchAutoPoolSpecification;
}

const batchAutoPoolSpecificationFromWire: Shape = [
  "autoPoolIdPrefix",
  "poolLifetimeOption",
  "keepAlive",
  ["pool", 0, () => batchPoolSpecificationFromWire],
];

/**
 * Converts the wire form of a {@link BatchAutoPoolSpecification} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchAutoPoolSpecificationDeserializer(
  item: RestOutput.BatchAutoPoolSpecificationOutput,
): BatchAutoPoolSpecification {
  return convertShape(item, batchAutoPoolSpecificationFromWire) as unknown as BatchAutoPoolSpecification;
}

const batchAutoPoolSpecificationUpdateToWire: Shape = [
  "autoPoolIdPrefix",
  "poolLifetimeOption",
  "keepAlive",
  ["pool", 0, () => batchPoolSpecificationUpdateToWire],
];

/**
 * Converts a {@link BatchAutoPoolSpecificationUpdate} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchAutoPoolSpecificationUpdateSerializer(
  item: BatchAutoPoolSpecificationUpdate,
): Rest.BatchAutoPoolSpecificationUpdate {
  return convertShape(item, batchAutoPoolSpecificationUpdateToWire) as unknown as Rest.BatchAutoPoolSpecificationUpdate;
}

const batchContainerConfigurationToWire: Shape = [
  "type",
  "containerImageNames",
  ["containerRegistries", 0, { items: () => containerRegistryReferenceToWire }],
];

/**
 * Converts a {@link BatchContainerConfiguration} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchContainerConfigurationSerializer(
  item: BatchContainerConfiguration,
): Rest.BatchContainerConfiguration {
  return convertShape(item, batchContainerConfigurationToWire) as unknown as Rest.BatchContainerConfiguration;
}

const batchContainerConfigurationFromWire: Shape = [
  "type",
  "containerImageNames",
  ["containerRegistries", 0, { items: () => containerRegistryReferenceFromWire }],
];

/**
 * Converts the wire form of a {@link BatchContainerConfiguration} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchContainerConfigurationDeserializer(
  item: RestOutput.BatchContainerConfigurationOutput,
): BatchContainerConfiguration {
  return convertShape(item, batchContainerConfigurationFromWire) as unknown as BatchContainerConfiguration;
}

const batchContainerConfigurationUpdateToWire: Shape = [
  "type",
  "containerImageNames",
  ["containerRegistries", 0, { items: () => containerRegistryReferenceToWire }],
];

/**
 * Converts a {@link BatchContainerConfigurationUpdate} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchContainerConfigurationUpdateSerializer(
  item: BatchContainerConfigurationUpdate,
): Rest.BatchContainerConfigurationUpdate {
  return convertShape(
    item,
    batchContainerConfigurationUpdateToWire,
  ) as unknown as Rest.BatchContainerConfigurationUpdate;
}

const batchCreateTaskCollectionResultFromWire: Shape = [
  ["value", "values", { items: () => batchTaskCreateResultFromWire }],
];

/**
 * Converts the wire form of a {@link BatchCreateTaskCollectionResult} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchCreateTaskCollectionResultDeserializer(
  item: RestOutput.BatchCreateTaskCollectionResultOutput,
): BatchCreateTaskCollectionResult {
  return convertShape(item, batchCreateTaskCollectionResultFromWire) as unknown as BatchCreateTaskCollectionResult;
}

const batchDiffDiskSettingsToWire: Shape = ["placement"];

/**
 * Converts a {@link BatchDiffDiskSettings} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchDiffDiskSettingsSerializer(item: BatchDiffDiskSettings): Rest.BatchDiffDiskSettings {
  return convertShape(item, batchDiffDiskSettingsToWire) as unknown as Rest.BatchDiffDiskSettings;
}

const batchDiffDiskSettingsFromWire: Shape = ["placement"];

/**
 * Converts the wire form of a {@link BatchDiffDiskSettings} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchDiffDiskSettingsDeserializer(item: RestOutput.BatchDiffDiskSettingsOutput): BatchDiffDiskSettings {
  return convertShape(item, batchDiffDiskSettingsFromWire) as unknown as BatchDiffDiskSettings;
}

const batchErrorBodyFromWire: Shape = [
  "code",
  ["message", 0, () => batchErrorMessageFromWire],
  ["values", 0, { items: () => batchErrorBodyDetailFromWire }],
];

/**
 * Converts the wire form of a {@link BatchErrorBody} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchErrorBodyDeserializer(item: RestOutput.BatchErrorOutput): BatchErrorBody {
  return convertShape(item, batchErrorBodyFromWire) as unknown as BatchErrorBody;
}

const batchErrorBodyDetailFromWire: Shape = ["key", "value"];

/**
 * Converts the wire form of a {@link BatchErrorBodyDetail} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchErrorBodyDetailDeserializer(item: RestOutput.BatchErrorDetailOutput): BatchErrorBodyDetail {
  return convertShape(item, batchErrorBodyDetailFromWire) as unknown as BatchErrorBodyDetail;
}

const batchErrorMessageFromWire: Shape = ["lang", "value"];

/**
 * Converts the wire form of a {@link BatchErrorMessage} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchErrorMessageDeserializer(item: RestOutput.BatchErrorMessageOutput): BatchErrorMessage {
  return convertShape(item, batchErrorMessageFromWire) as unknown as BatchErrorMessage;
}

const batchInboundNatPoolToWire: Shape = [
  "name",
  "protocol",
  "backendPort",
  "frontendPortRangeStart",
  "frontendPortRangeEnd",
  ["networkSecurityGroupRules", 0, { items: () => networkSecurityGroupRuleToWire }],
];

/**
 * Converts a {@link BatchInboundNatPool} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchInboundNatPoolSerializer(item: BatchInboundNatPool): Rest.BatchInboundNatPool {
  return convertShape(item, batchInboundNatPoolToWire) as unknown as Rest.BatchInboundNatPool;
}

const batchInboundNatPoolFromWire: Shape = [
  "name",
  "protocol",
  "backendPort",
  "frontendPortRangeStart",
  "frontendPortRangeEnd",
  ["networkSecurityGroupRules", 0, { items: () => networkSecurityGroupRuleFromWire }],
];

/**
 * Converts the wire form of a {@link BatchInboundNatPool} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchInboundNatPoolDeserializer(item: RestOutput.BatchInboundNatPoolOutput): BatchInboundNatPool {
  return convertShape(item, batchInboundNatPoolFromWire) as unknown as BatchInboundNatPool;
}

const batchJobToWire: Shape = [
  "priority",
  "allowTaskPreemption",
  "maxParallelTasks",
  ["constraints", 0, () => batchJobConstraintsToWire],
  ["poolInfo", 0, () => batchPoolInfoToWire],
  ["allTasksCompleteMode", "onAllTasksComplete"],
  ["metadata", 0, { items: () => batchMetadataItemToWire }],
];

/**
 * Converts a {@link BatchJob} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchJobSerializer(item: BatchJob): Rest.BatchJob {
  return convertShape(item, batchJobToWire) as unknown as Rest.BatchJob;
}

const batchJobFromWire: Shape = [
  "id",
  "displayName",
  "usesTaskDependencies",
  "url",
  "eTag",
  ["lastModified", 0, "date"],
  ["creationTime", 0, "date"],
  "state",
  ["stateTransitionTime", 0, "date"],
  "previousState",
  ["previousStateTransitionTime", 0, "date"],
  "priority",
  "allowTaskPreemption",
  "maxParallelTasks",
  ["constraints", 0, () => batchJobConstraintsFromWire],
  ["jobManagerTask", 0, () => batchJobManagerTaskFromWire],
  ["jobPreparationTask", 0, () => batchJobPreparationTaskFromWire],
  ["jobReleaseTask", 0, () => batchJobReleaseTaskFromWire],
  ["commonEnvironmentSettings", 0, { items: () => environmentSettingFromWire }],
  ["poolInfo", 0, () => batchPoolInfoFromWire],
  ["onAllTasksComplete", "allTasksCompleteMode"],
  ["onTaskFailure", "taskFailureMode"],
  ["networkConfiguration", 0, () => batchJobNetworkConfigurationFromWire],
  ["metadata", 0, { items: () => batchMetadataItemFromWire }],
  ["executionInfo", 0, () => batchJobExecutionInfoFromWire],
  ["stats", "jobStatistics", () => batchJobStatisticsFromWire],
];

/**
 * Converts the wire form of a {@link BatchJob} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchJobDeserializer(item: RestOutput.BatchJobOutput): BatchJob {
  return convertShape(item, batchJobFromWire) as unknown as BatchJob;
}

const batchJobConstraintsToWire: Shape = ["maxWallClockTime", "maxTaskRetryCount"];

/**
 * Converts a {@link BatchJobConstraints} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchJobConstraintsSerializer(item: BatchJobConstraints): Rest.BatchJobConstraints {
  return convertShape(item, batchJobConstraintsToWire) as unknown as Rest.BatchJobConstraints;
}

const batchJobConstraintsFromWire: Shape = ["maxWallClockTime", "maxTaskRetryCount"];

/**
 * Converts the wire form of a {@link BatchJobConstraints} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchJobConstraintsDeserializer(item: RestOutput.BatchJobConstraintsOutput): BatchJobConstraints {
  return convertShape(item, batchJobConstraintsFromWire) as unknown as BatchJobConstraints;
}

const batchJobCreateOptionsToWire: Shape = [
  "id",
  "displayName",
  "usesTaskDependencies",
  "priority",
  "allowTaskPreemption",
  "maxParallelTasks",
  ["constraints", 0, () => batchJobConstraintsToWire],
  ["jobManagerTask", 0, () => batchJobManagerTaskToWire],
  ["jobPreparationTask", 0, () => batchJobPreparationTaskToWire],
  ["jobReleaseTask", 0, () => batchJobReleaseTaskToWire],
  ["commonEnvironmentSettings", 0, { items: () => environmentSettingToWire }],
  ["poolInfo", 0, () => batchPoolInfoToWire],
  ["allTasksCompleteMode", "onAllTasksComplete"],
  ["taskFailureMode", "onTaskFailure"],
  ["networkConfiguration", 0, () => batchJobNetworkConfigurationToWire],
  ["metadata", 0, { items: () => batchMetadataItemToWire }],
];

/**
 * Converts a {@link BatchJobCreateOptions} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchJobCreateOptionsSerializer(item: BatchJobCreateOptions): Rest.BatchJobCreateOptions {
  return convertShape(item, batchJobCreateOptionsToWire) as unknown as Rest.BatchJobCreateOptions;
}

const batchJobDisableOptionsToWire: Shape = ["disableTasks"];

/**
 * Converts a {@link BatchJobDisableOptions} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchJobDisableOptionsSerializer(item: BatchJobDisableOptions): Rest.BatchJobDisableOptions {
  return convertShape(item, batchJobDisableOptionsToWire) as unknown as Rest.BatchJobDisableOptions;
}

const batchJobExecutionInfoToWire: Shape = [
  ["startTime", 0, "iso"],
  ["endTime", 0, "iso"],
  "poolId",
  ["schedulingError", 0, () => batchJobSchedulingErrorToWire],
  ["terminationReason", "terminateReason"],
];

/**
 * Converts a {@link BatchJobExecutionInfo} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchJobExecutionInfoSerializer(item: BatchJobExecutionInfo): Rest.BatchJobExecutionInfo {
  return convertShape(item, batchJobExecutionInfoToWire) as unknown as Rest.BatchJobExecutionInfo;
}

const batchJobExecutionInfoFromWire: Shape = [
  ["startTime", 0, "date"],
  ["endTime", 0, "date"],
  "poolId",
  ["schedulingError", 0, () => batchJobSchedulingErrorFromWire],
  ["terminateReason", "terminationReason"],
];

/**
 * Converts the wire form of a {@link BatchJobExecutionInfo} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchJobExecutionInfoDeserializer(item: RestOutput.BatchJobExecutionInfoOutput): BatchJobExecutionInfo {
  return convertShape(item, batchJobExecutionInfoFromWire) as unknown as BatchJobExecutionInfo;
}

const batchJobListResultFromWire: Shape = [
  ["value", 0, { items: () => batchJobFromWire }],
  ["odata.nextLink", "odataNextLink"],
];

/**
 * Converts the wire form of a {@link BatchJobListResult} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchJobListResultDeserializer(item: RestOutput.BatchJobListResultOutput): BatchJobListResult {
  return convertShape(item, batchJobListResultFromWire) as unknown as BatchJobListResult;
}

const batchJobManagerTaskToWire: Shape = [
  "id",
  "displayName",
  "commandLine",
  ["containerSettings", 0, () => batchTaskContainerSettingsToWire],
  ["resourceFiles", 0, { items: () => resourceFileToWire }],
  ["outputFiles", 0, { items: () => outputFileToWire }],
  ["environmentSettings", 0, { items: () => environmentSettingToWire }],
  ["constraints", 0, () => batchTaskConstraintsToWire],
  "requiredSlots",
  "killJobOnCompletion",
  ["userIdentity", 0, () => userIdentityToWire],
  "runExclusive",
  ["applicationPackageReferences", 0, { items: () => batchApplicationPackageReferenceToWire }],
  "allowLowPriorityNode",
];

/**
 * Converts a {@link BatchJobManagerTask} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchJobManagerTaskSerializer(item: BatchJobManagerTask): Rest.BatchJobManagerTask {
  return convertShape(item, batchJobManagerTaskToWire) as unknown as Rest.BatchJobManagerTask;
}

const batchJobManagerTaskFromWire: Shape = [
  "id",
  "displayName",
  "commandLine",
  ["containerSettings", 0, () => batchTaskContainerSettingsFromWire],
  ["resourceFiles", 0, { items: () => resourceFileFromWire }],
  ["outputFiles", 0, { items: () => outputFileFromWire }],
  ["environmentSettings", 0, { items: () => environmentSettingFromWire }],
  ["constraints", 0, () => batchTaskConstraintsFromWire],
  "requiredSlots",
  "killJobOnCompletion",
  ["userIdentity", 0, () => userIdentityFromWire],
  "runExclusive",
  ["applicationPackageReferences", 0, { items: () => batchApplicationPackageReferenceFromWire }],
  "allowLowPriorityNode",
];

/**
 * Converts the wire form of a {@link BatchJobManagerTask} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchJobManagerTaskDeserializer(item: RestOutput.BatchJobManagerTaskOutput): BatchJobManagerTask {
  return convertShape(item, batchJobManagerTaskFromWire) as unknown as BatchJobManagerTask;
}

const batchJobManagerTaskUpdateToWire: Shape = [
  "id",
  "displayName",
  "commandLine",
  ["containerSettings", 0, () => batchTaskContainerSettingsUpdateToWire],
  ["resourceFiles", 0, { items: () => resourceFileToWire }],
  ["outputFiles", 0, { items: () => outputFileToWire }],
  ["environmentSettings", 0, { items: () => environmentSettingToWire }],
  ["constraints", 0, () => batchTaskConstraintsToWire],
  "requiredSlots",
  "killJobOnCompletion",
  ["userIdentity", 0, () => userIdentityToWire],
  "runExclusive",
  ["applicationPackageReferences", 0, { items: () => batchApplicationPackageReferenceToWire }],
  "allowLowPriorityNode",
];

/**
 * Converts a {@link BatchJobManagerTaskUpdate} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchJobManagerTaskUpdateSerializer(item: BatchJobManagerTaskUpdate): Rest.BatchJobManagerTaskUpdate {
  return convertShape(item, batchJobManagerTaskUpdateToWire) as unknown as Rest.BatchJobManagerTaskUpdate;
}

const batchJobNetworkConfigurationToWire: Shape = ["subnetId", ["skipWithdrawFromVnet", "skipWithdrawFromVNet"]];

/**
 * Converts a {@link BatchJobNetworkConfiguration} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchJobNetworkConfigurationSerializer(
  item: BatchJobNetworkConfiguration,
): Rest.BatchJobNetworkConfiguration {
  return convertShape(item, batchJobNetworkConfigurationToWire) as unknown as Rest.BatchJobNetworkConfiguration;
}

const batchJobNetworkConfigurationFromWire: Shape = ["subnetId", ["skipWithdrawFromVNet", "skipWithdrawFromVnet"]];

/**
 * Converts the wire form of a {@link BatchJobNetworkConfiguration} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchJobNetworkConfigurationDeserializer(
  item: RestOutput.BatchJobNetworkConfigurationOutput,
): BatchJobNetworkConfiguration {
  return convertShape(item, batchJobNetworkConfigurationFromWire) as unknown as BatchJobNetworkConfiguration;
}

const batchJobNetworkConfigurationUpdateToWire: Shape = ["subnetId", ["skipWithdrawFromVnet", "skipWithdrawFromVNet"]];

/**
 * Converts a {@link BatchJobNetworkConfigurationUpdate} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchJobNetworkConfigurationUpdateSerializer(
  item: BatchJobNetworkConfigurationUpdate,
): Rest.BatchJobNetworkConfigurationUpdate {
  return convertShape(
    item,
    batchJobNetworkConfigurationUpdateToWire,
  ) as unknown as Rest.BatchJobNetworkConfigurationUpdate;
}

const batchJobPreparationAndReleaseTaskStatusFromWire: Shape = [
  "poolId",
  "nodeId",
  "nodeUrl",
  ["jobPreparationTaskExecutionInfo", 0, () => batchJobPreparationTaskExecutionInfoFromWire],
  ["jobReleaseTaskExecutionInfo", 0, () => batchJobReleaseTaskExecutionInfoFromWire],
];

/**
 * Converts the wire form of a {@link BatchJobPreparationAndReleaseTaskStatus} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchJobPreparationAndReleaseTaskStatusDeserializer(
  item: RestOutput.BatchJobPreparationAndReleaseTaskStatusOutput,
): BatchJobPreparationAndReleaseTaskStatus {
  return convertShape(
    item,
    batchJobPreparationAndReleaseTaskStatusFromWire,
  ) as unknown as BatchJobPreparationAndReleaseTaskStatus;
}

const batchJobPreparationAndReleaseTaskStatusListResultFromWire: Shape = [
  ["value", 0, { items: () => batchJobPreparationAndReleaseTaskStatusFromWire }],
  ["odata.nextLink", "odataNextLink"],
];

/**
 * Converts the wire form of a {@link BatchJobPreparationAndReleaseTaskStatusListResult} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchJobPreparationAndReleaseTaskStatusListResultDeserializer(
  item: RestOutput.BatchJobPreparationAndReleaseTaskStatusListResultOutput,
): BatchJobPreparationAndReleaseTaskStatusListResult {
  return convertShape(
    item,
    batchJobPreparationAndReleaseTaskStatusListResultFromWire,
  ) as unknown as BatchJobPreparationAndReleaseTaskStatusListResult;
}

const batchJobPreparationTaskToWire: Shape = [
  "id",
  "commandLine",
  ["containerSettings", 0, () => batchTaskContainerSettingsToWire],
  ["resourceFiles", 0, { items: () => resourceFileToWire }],
  ["environmentSettings", 0, { items: () => environmentSettingToWire }],
  ["constraints", 0, () => batchTaskConstraintsToWire],
  "waitForSuccess",
  ["userIdentity", 0, () => userIdentityToWire],
  "rerunOnNodeRebootAfterSuccess",
];

/**
 * Converts a {@link BatchJobPreparationTask} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchJobPreparationTaskSerializer(item: BatchJobPreparationTask): Rest.BatchJobPreparationTask {
  return convertShape(item, batchJobPreparationTaskToWire) as unknown as Rest.BatchJobPreparationTask;
}

const batchJobPreparationTaskFromWire: Shape = [
  "id",
  "commandLine",
  ["containerSettings", 0, () => batchTaskContainerSettingsFromWire],
  ["resourceFiles", 0, { items: () => resourceFileFromWire }],
  ["environmentSettings", 0, { items: () => environmentSettingFromWire }],
  ["constraints", 0, () => batchTaskConstraintsFromWire],
  "waitForSuccess",
  ["userIdentity", 0, () => userIdentityFromWire],
  "rerunOnNodeRebootAfterSuccess",
];

/**
 * Converts the wire form of a {@link BatchJobPreparationTask} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchJobPreparationTaskDeserializer(
  item: RestOutput.BatchJobPreparationTaskOutput,
): BatchJobPreparationTask {
  return convertShape(item, batchJobPreparationTaskFromWire) as unknown as BatchJobPreparationTask;
}

const batchJobPreparationTaskExecutionInfoFromWire: Shape = [
  ["startTime", 0, "date"],
  ["endTime", 0, "date"],
  "state",
  "taskRootDirectory",
  "taskRootDirectoryUrl",
  "exitCode",
  ["containerInfo", 0, () => batchTaskContainerExecutionInfoFromWire],
  ["failureInfo", 0, () => batchTaskFailureInfoFromWire],
  "retryCount",
  ["lastRetryTime", 0, "date"],
  "result",
];

/**
 * Converts the wire form of a {@link BatchJobPreparationTaskExecutionInfo} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchJobPreparationTaskExecutionInfoDeserializer(
  item: RestOutput.BatchJobPreparationTaskExecutionInfoOutput,
): BatchJobPreparationTaskExecutionInfo {
  return convertShape(
    item,
    batchJobPreparationTaskExecutionInfoFromWire,
  ) as unknown as BatchJobPreparationTaskExecutionInfo;
}

const batchJobPreparationTaskUpdateToWire: Shape = [
  "id",
  "commandLine",
  ["containerSettings", 0, () => batchTaskContainerSettingsUpdateToWire],
  ["resourceFiles", 0, { items: () => resourceFileToWire }],
  ["environmentSettings", 0, { items: () => environmentSettingToWire }],
  ["constraints", 0, () => batchTaskConstraintsToWire],
  "waitForSuccess",
  ["userIdentity", 0, () => userIdentityToWire],
  "rerunOnNodeRebootAfterSuccess",
];

/**
 * Converts a {@link BatchJobPreparationTaskUpdate} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchJobPreparationTaskUpdateSerializer(
  item: BatchJobPreparationTaskUpdate,
): Rest.BatchJobPreparationTaskUpdate {
  return convertShape(item, batchJobPreparationTaskUpdateToWire) as unknown as Rest.BatchJobPreparationTaskUpdate;
}

const batchJobReleaseTaskToWire: Shape = [
  "id",
  "commandLine",
  ["containerSettings", 0, () => batchTaskContainerSettingsToWire],
  ["resourceFiles", 0, { items: () => resourceFileToWire }],
  ["environmentSettings", 0, { items: () => environmentSettingToWire }],
  "maxWallClockTime",
  "retentionTime",
  ["userIdentity", 0, () => userIdentityToWire],
];

/**
 * Converts a {@link BatchJobReleaseTask} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchJobReleaseTaskSerializer(item: BatchJobReleaseTask): Rest.BatchJobReleaseTask {
  return convertShape(item, batchJobReleaseTaskToWire) as unknown as Rest.BatchJobReleaseTask;
}

const batchJobReleaseTaskFromWire: Shape = [
  "id",
  "commandLine",
  ["containerSettings", 0, () => batchTaskContainerSettingsFromWire],
  ["resourceFiles", 0, { items: () => resourceFileFromWire }],
  ["environmentSettings", 0, { items: () => environmentSettingFromWire }],
  "maxWallClockTime",
  "retentionTime",
  ["userIdentity", 0, () => userIdentityFromWire],
];

/**
 * Converts the wire form of a {@link BatchJobReleaseTask} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchJobReleaseTaskDeserializer(item: RestOutput.BatchJobReleaseTaskOutput): BatchJobReleaseTask {
  return convertShape(item, batchJobReleaseTaskFromWire) as unknown as BatchJobReleaseTask;
}

const batchJobReleaseTaskExecutionInfoFromWire: Shape = [
  ["startTime", 0, "date"],
  ["endTime", 0, "date"],
  "state",
  "taskRootDirectory",
  "taskRootDirectoryUrl",
  "exitCode",
  ["containerInfo", 0, () => batchTaskContainerExecutionInfoFromWire],
  ["failureInfo", 0, () => batchTaskFailureInfoFromWire],
  "result",
];

/**
 * Converts the wire form of a {@link BatchJobReleaseTaskExecutionInfo} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchJobReleaseTaskExecutionInfoDeserializer(
  item: RestOutput.BatchJobReleaseTaskExecutionInfoOutput,
): BatchJobReleaseTaskExecutionInfo {
  return convertShape(item, batchJobReleaseTaskExecutionInfoFromWire) as unknown as BatchJobReleaseTaskExecutionInfo;
}

const batchJobReleaseTaskUpdateToWire: Shape = [
  "id",
  "commandLine",
  ["containerSettings", 0, () => batchTaskContainerSettingsUpdateToWire],
  ["resourceFiles", 0, { items: () => resourceFileToWire }],
  ["environmentSettings", 0, { items: () => environmentSettingToWire }],
  "maxWallClockTime",
  "retentionTime",
  ["userIdentity", 0, () => userIdentityToWire],
];

/**
 * Converts a {@link BatchJobReleaseTaskUpdate} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchJobReleaseTaskUpdateSerializer(item: BatchJobReleaseTaskUpdate): Rest.BatchJobReleaseTaskUpdate {
  return convertShape(item, batchJobReleaseTaskUpdateToWire) as unknown as Rest.BatchJobReleaseTaskUpdate;
}

const batchJobScheduleToWire: Shape = [
  ["schedule", 0, () => batchJobScheduleConfigurationToWire],
  ["jobSpecification", 0, () => batchJobSpecificationToWire],
  ["metadata", 0, { items: () => batchMetadataItemToWire }],
];

/**
 * Converts a {@link BatchJobSchedule} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchJobScheduleSerializer(item: BatchJobSchedule): Rest.BatchJobSchedule {
  return convertShape(item, batchJobScheduleToWire) as unknown as Rest.BatchJobSchedule;
}

const batchJobScheduleFromWire: Shape = [
  "id",
  "displayName",
  "url",
  "eTag",
  ["lastModified", 0, "date"],
  ["creationTime", 0, "date"],
  "state",
  ["stateTransitionTime", 0, "date"],
  "previousState",
  ["previousStateTransitionTime", 0, "date"],
  ["schedule", 0, () => batchJobScheduleConfigurationFromWire],
  ["jobSpecification", 0, () => batchJobSpecificationFromWire],
  ["executionInfo", 0, () => batchJobScheduleExecutionInfoFromWire],
  ["metadata", 0, { items: () => batchMetadataItemFromWire }],
  ["stats", "jobScheduleStatistics", () => batchJobScheduleStatisticsFromWire],
];

/**
 * Converts the wire form of a {@link BatchJobSchedule} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchJobScheduleDeserializer(item: RestOutput.BatchJobScheduleOutput): BatchJobSchedule {
  return convertShape(item, batchJobScheduleFromWire) as unknown as BatchJobSchedule;
}

const batchJobScheduleConfigurationToWire: Shape = [
  ["doNotRunUntil", 0, "iso"],
  ["doNotRunAfter", 0, "iso"],
  "startWindow",
  "recurrenceInterval",
];

/**
 * Converts a {@link BatchJobScheduleConfiguration} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchJobScheduleConfigurationSerializer(
  item: BatchJobScheduleConfiguration,
): Rest.BatchJobScheduleConfiguration {
  return convertShape(item, batchJobScheduleConfigurationToWire) as unknown as Rest.BatchJobScheduleConfiguration;
}

const batchJobScheduleConfigurationFromWire: Shape = [
  ["doNotRunUntil", 0, "date"],
  ["doNotRunAfter", 0, "date"],
  "startWindow",
  "recurrenceInterval",
];

/**
 * Converts the wire form of a {@link BatchJobScheduleConfiguration} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchJobScheduleConfigurationDeserializer(
  item: RestOutput.BatchJobScheduleConfigurationOutput,
): BatchJobScheduleConfiguration {
  return convertShape(item, batchJobScheduleConfigurationFromWire) as unknown as BatchJobScheduleConfiguration;
}

const batchJobScheduleCreateOptionsToWire: Shape = [
  "id",
  "displayName",
  ["schedule", 0, () => batchJobScheduleConfigurationToWire],
  ["jobSpecification", 0, () => batchJobSpecificationToWire],
  ["metadata", 0, { items: () => batchMetadataItemToWire }],
];

/**
 * Converts a {@link BatchJobScheduleCreateOptions} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchJobScheduleCreateOptionsSerializer(
  item: BatchJobScheduleCreateOptions,
): Rest.BatchJobScheduleCreateOptions {
  return convertShape(item, batchJobScheduleCreateOptionsToWire) as unknown as Rest.BatchJobScheduleCreateOptions;
}

const batchJobScheduleExecutionInfoToWire: Shape = [
  ["nextRunTime", 0, "iso"],
  ["recentJob", 0, () => recentBatchJobToWire],
  ["endTime", 0, "iso"],
];

/**
 * Converts a {@link BatchJobScheduleExecutionInfo} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchJobScheduleExecutionInfoSerializer(
  item: BatchJobScheduleExecutionInfo,
): Rest.BatchJobScheduleExecutionInfo {
  return convertShape(item, batchJobScheduleExecutionInfoToWire) as unknown as Rest.BatchJobScheduleExecutionInfo;
}

const batchJobScheduleExecutionInfoFromWire: Shape = [
  ["nextRunTime", 0, "date"],
  ["recentJob", 0, () => recentBatchJobFromWire],
  ["endTime", 0, "date"],
];

/**
 * Converts the wire form of a {@link BatchJobScheduleExecutionInfo} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchJobScheduleExecutionInfoDeserializer(
  item: RestOutput.BatchJobScheduleExecutionInfoOutput,
): BatchJobScheduleExecutionInfo {
  return convertShape(item, batchJobScheduleExecutionInfoFromWire) as unknown as BatchJobScheduleExecutionInfo;
}

const batchJobScheduleListResultFromWire: Shape = [
  ["value", 0, { items: () => batchJobScheduleFromWire }],
  ["odata.nextLink", "odataNextLink"],
];

/**
 * Converts the wire form of a {@link BatchJobScheduleListResult} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchJobScheduleListResultDeserializer(
  item: RestOutput.BatchJobScheduleListResultOutput,
): BatchJobScheduleListResult {
  return convertShape(item, batchJobScheduleListResultFromWire) as unknown as BatchJobScheduleListResult;
}

const batchJobScheduleStatisticsToWire: Shape = [
  "url",
  ["startTime", 0, "iso"],
  ["lastUpdateTime", 0, "iso"],
  ["userCpuTime", "userCPUTime"],
  ["kernelCpuTime", "kernelCPUTime"],
  "wallClockTime",
  ["readIops", "readIOps", "string"],
  ["writeIops", "writeIOps", "string"],
  ["readIoGiB", "readIOGiB"],
  ["writeIoGiB", "writeIOGiB"],
  ["succeededTasksCount", "numSucceededTasks", "string"],
  ["failedTasksCount", "numFailedTasks", "string"],
  ["taskRetriesCount", "numTaskRetries", "string"],
  "waitTime",
];

/**
 * Converts a {@link BatchJobScheduleStatistics} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchJobScheduleStatisticsSerializer(
  item: BatchJobScheduleStatistics,
): Rest.BatchJobScheduleStatistics {
  return convertShape(item, batchJobScheduleStatisticsToWire) as unknown as Rest.BatchJobScheduleStatistics;
}

const batchJobScheduleStatisticsFromWire: Shape = [
  "url",
  ["startTime", 0, "date"],
  ["lastUpdateTime", 0, "date"],
  ["userCPUTime", "userCpuTime"],
  ["kernelCPUTime", "kernelCpuTime"],
  "wallClockTime",
  ["readIOps", "readIops", "number"],
  ["writeIOps", "writeIops", "number"],
  ["readIOGiB", "readIoGiB"],
  ["writeIOGiB", "writeIoGiB"],
  ["numSucceededTasks", "succeededTasksCount", "number"],
  ["numFailedTasks", "failedTasksCount", "number"],
  ["numTaskRetries", "taskRetriesCount", "number"],
  "waitTime",
];

/**
 * Converts the wire form of a {@link BatchJobScheduleStatistics} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchJobScheduleStatisticsDeserializer(
  item: RestOutput.BatchJobScheduleStatisticsOutput,
): BatchJobScheduleStatistics {
  return convertShape(item, batchJobScheduleStatisticsFromWire) as unknown as BatchJobScheduleStatistics;
}

const batchJobScheduleUpdateOptionsToWire: Shape = [
  ["schedule", 0, () => batchJobScheduleConfigurationToWire],
  ["jobSpecification", 0, () => batchJobSpecificationUpdateToWire],
  ["metadata", 0, { items: () => batchMetadataItemToWire }],
];

/**
 * Converts a {@link BatchJobScheduleUpdateOptions} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchJobScheduleUpdateOptionsSerializer(
  item: BatchJobScheduleUpdateOptions,
): Rest.BatchJobScheduleUpdateOptions {
  return convertShape(item, batchJobScheduleUpdateOptionsToWire) as unknown as Rest.BatchJobScheduleUpdateOptions;
}

const batchJobSchedulingErrorToWire: Shape = [
  "category",
  "code",
  "message",
  ["details", 0, { items: () => nameValuePairToWire }],
];

/**
 * Converts a {@link BatchJobSchedulingError} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchJobSchedulingErrorSerializer(item: BatchJobSchedulingError): Rest.BatchJobSchedulingError {
  return convertShape(item, batchJobSchedulingErrorToWire) as unknown as Rest.BatchJobSchedulingError;
}

const batchJobSchedulingErrorFromWire: Shape = [
  "category",
  "code",
  "message",
  ["details", 0, { items: () => nameValuePairFromWire }],
];

/**
 * Converts the wire form of a {@link BatchJobSchedulingError} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchJobSchedulingErrorDeserializer(
  item: RestOutput.BatchJobSchedulingErrorOutput,
): BatchJobSchedulingError {
  return convertShape(item, batchJobSchedulingErrorFromWire) as unknown as BatchJobSchedulingError;
}

const batchJobSpecificationToWire: Shape = [
  "priority",
  "allowTaskPreemption",
  "maxParallelTasks",
  "displayName",
  "usesTaskDependencies",
  ["allTasksCompleteMode", "onAllTasksComplete"],
  ["taskFailureMode", "onTaskFailure"],
  ["networkConfiguration", 0, () => batchJobNetworkConfigurationToWire],
  ["constraints", 0, () => batchJobConstraintsToWire],
  ["jobManagerTask", 0, () => batchJobManagerTaskToWire],
  ["jobPreparationTask", 0, () => batchJobPreparationTaskToWire],
  ["jobReleaseTask", 0, () => batchJobReleaseTaskToWire],
  ["commonEnvironmentSettings", 0, { items: () => environmentSettingToWire }],
  ["poolInfo", 0, () => batchPoolInfoToWire],
  ["metadata", 0, { items: () => batchMetadataItemToWire }],
];

/**
 * Converts a {@link BatchJobSpecification} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchJobSpecificationSerializer(item: BatchJobSpecification): Rest.BatchJobSpecification {
  return convertShape(item, batchJobSpecificationToWire) as unknown as Rest.BatchJobSpecification;
}

const batchJobSpecificationFromWire: Shape = [
  "priority",
  "allowTaskPreemption",
  "maxParallelTasks",
  "displayName",
  "usesTaskDependencies",
  ["onAllTasksComplete", "allTasksCompleteMode"],
  ["onTaskFailure", "taskFailureMode"],
  ["networkConfiguration", 0, () => batchJobNetworkConfigurationFromWire],
  ["constraints", 0, () => batchJobConstraintsFromWire],
  ["jobManagerTask", 0, () => batchJobManagerTaskFromWire],
  ["jobPreparationTask", 0, () => batchJobPreparationTaskFromWire],
  ["jobReleaseTask", 0, () => batchJobReleaseTaskFromWire],
  ["commonEnvironmentSettings", 0, { items: () => environmentSettingFromWire }],
  ["poolInfo", 0, () => batchPoolInfoFromWire],
  ["metadata", 0, { items: () => batchMetadataItemFromWire }],
];

/**
 * Converts the wire form of a {@link BatchJobSpecification} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchJobSpecificationDeserializer(item: RestOutput.BatchJobSpecificationOutput): BatchJobSpecification {
  return convertShape(item, batchJobSpecificationFromWire) as unknown as BatchJobSpecification;
}

const batchJobSpecificationUpdateToWire: Shape = [
  "priority",
  "allowTaskPreemption",
  "maxParallelTasks",
  "displayName",
  "usesTaskDependencies",
  ["allTasksCompleteMode", "onAllTasksComplete"],
  ["taskFailureMode", "onTaskFailure"],
  ["networkConfiguration", 0, () => batchJobNetworkConfigurationUpdateToWire],
  ["constraints", 0, () => batchJobConstraintsToWire],
  ["jobManagerTask", 0, () => batchJobManagerTaskUpdateToWire],
  ["jobPreparationTask", 0, () => batchJobPreparationTaskUpdateToWire],
  ["jobReleaseTask", 0, () => batchJobReleaseTaskUpdateToWire],
  ["commonEnvironmentSettings", 0, { items: () => environmentSettingToWire }],
  ["poolInfo", 0, () => batchPoolInfoUpdateToWire],
  ["metadata", 0, { items: () => batchMetadataItemToWire }],
];

/**
 * Converts a {@link BatchJobSpecificationUpdate} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchJobSpecificationUpdateSerializer(
  item: BatchJobSpecificationUpdate,
): Rest.BatchJobSpecificationUpdate {
  return convertShape(item, batchJobSpecificationUpdateToWire) as unknown as Rest.BatchJobSpecificationUpdate;
}

const batchJobStatisticsToWire: Shape = [
  "url",
  ["startTime", 0, "iso"],
  ["lastUpdateTime", 0, "iso"],
  ["userCpuTime", "userCPUTime"],
  ["kernelCpuTime", "kernelCPUTime"],
  "wallClockTime",
  ["readIops", "readIOps", "string"],
  ["writeIops", "writeIOps", "string"],
  ["readIoGiB", "readIOGiB"],
  ["writeIoGiB", "writeIOGiB"],
  ["succeededTasksCount", "numSucceededTasks", "string"],
  ["failedTasksCount", "numFailedTasks", "string"],
  ["taskRetriesCount", "numTaskRetries", "string"],
  "waitTime",
];

/**
 * Converts a {@link BatchJobStatistics} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchJobStatisticsSerializer(item: BatchJobStatistics): Rest.BatchJobStatistics {
  return convertShape(item, batchJobStatisticsToWire) as unknown as Rest.BatchJobStatistics;
}

const batchJobStatisticsFromWire: Shape = [
  "url",
  ["startTime", 0, "date"],
  ["lastUpdateTime", 0, "date"],
  ["userCPUTime", "userCpuTime"],
  ["kernelCPUTime", "kernelCpuTime"],
  "wallClockTime",
  ["readIOps", "readIops", "number"],
  ["writeIOps", "writeIops", "number"],
  ["readIOGiB", "readIoGiB"],
  ["writeIOGiB", "writeIoGiB"],
  ["numSucceededTasks", "succeededTasksCount", "number"],
  ["numFailedTasks", "failedTasksCount", "number"],
  ["numTaskRetries", "taskRetriesCount", "number"],
  "waitTime",
];

/**
 * Converts the wire form of a {@link BatchJobStatistics} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchJobStatisticsDeserializer(item: RestOutput.BatchJobStatisticsOutput): BatchJobStatistics {
  return convertShape(item, batchJobStatisticsFromWire) as unknown as BatchJobStatistics;
}

const batchJobTerminateOptionsToWire: Shape = [["terminationReason", "terminateReason"]];

/**
 * Converts a {@link BatchJobTerminateOptions} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchJobTerminateOptionsSerializer(item: BatchJobTerminateOptions): Rest.BatchJobTerminateOptions {
  return convertShape(item, batchJobTerminateOptionsToWire) as unknown as Rest.BatchJobTerminateOptions;
}

const batchJobUpdateOptionsToWire: Shape = [
  "priority",
  "allowTaskPreemption",
  "maxParallelTasks",
  ["constraints", 0, () => batchJobConstraintsToWire],
  ["poolInfo", 0, () => batchPoolInfoUpdateToWire],
  ["allTasksCompleteMode", "onAllTasksComplete"],
  ["metadata", 0, { items: () => batchMetadataItemToWire }],
  ["networkConfiguration", 0, () => batchJobNetworkConfigurationUpdateToWire],
];

/**
 * Converts a {@link BatchJobUpdateOptions} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchJobUpdateOptionsSerializer(item: BatchJobUpdateOptions): Rest.BatchJobUpdateOptions {
  return convertShape(item, batchJobUpdateOptionsToWire) as unknown as Rest.BatchJobUpdateOptions;
}

const batchMetadataItemToWire: Shape = ["name", "value"];

/**
 * Converts a {@link BatchMetadataItem} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchMetadataItemSerializer(item: BatchMetadataItem): Rest.BatchMetadataItem {
  return convertShape(item, batchMetadataItemToWire) as unknown as Rest.BatchMetadataItem;
}

const batchMetadataItemFromWire: Shape = ["name", "value"];

/**
 * Converts the wire form of a {@link BatchMetadataItem} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchMetadataItemDeserializer(item: RestOutput.BatchMetadataItemOutput): BatchMetadataItem {
  return convertShape(item, batchMetadataItemFromWire) as unknown as BatchMetadataItem;
}

const batchNodeFromWire: Shape = [
  "id",
  "url",
  "state",
  "schedulingState",
  ["stateTransitionTime", 0, "date"],
  ["lastBootTime", 0, "date"],
  ["allocationTime", 0, "date"],
  "ipAddress",
  "ipv6Address",
  ["publicIPAddress", "publicIpAddress"],
  ["publicIPv6Address", "publicIpv6Address"],
  "affinityId",
  "vmSize",
  "totalTasksRun",
  "runningTasksCount",
  "runningTaskSlotsCount",
  "totalTasksSucceeded",
  ["recentTasks", 0, { items: () => batchTaskInfoFromWire }],
  ["startTask", 0, () => batchStartTaskFromWire],
  ["startTaskInfo", 0, () => batchStartTaskInfoFromWire],
  ["errors", 0, { items: () => batchNodeErrorFromWire }],
  "isDedicated",
  ["endpointConfiguration", 0, () => batchNodeEndpointConfigurationFromWire],
  ["nodeAgentInfo", 0, () => batchNodeAgentInfoFromWire],
  ["virtualMachineInfo", 0, () => virtualMachineInfoFromWire],
];

/**
 * Converts the wire form of a {@link BatchNode} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchNodeDeserializer(item: RestOutput.BatchNodeOutput): BatchNode {
  return convertShape(item, batchNodeFromWire) as unknown as BatchNode;
}

const batchNodeAgentInfoFromWire: Shape = ["version", ["lastUpdateTime", 0, "date"]];

/**
 * Converts the wire form of a {@link BatchNodeAgentInfo} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchNodeAgentInfoDeserializer(item: RestOutput.BatchNodeAgentInfoOutput): BatchNodeAgentInfo {
  return convertShape(item, batchNodeAgentInfoFromWire) as unknown as BatchNodeAgentInfo;
}

const batchNodeCountsFromWire: Shape = [
  "creating",
  "idle",
  "offline",
  "preempted",
  "rebooting",
  "reimaging",
  "running",
  "starting",
  "startTaskFailed",
  "leavingPool",
  "unknown",
  "unusable",
  "waitingForStartTask",
  "deallocated",
  "deallocating",
  "total",
  ["upgradingOS", "upgradingOs"],
];

/**
 * Converts the wire form of a {@link BatchNodeCounts} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchNodeCountsDeserializer(item: RestOutput.BatchNodeCountsOutput): BatchNodeCounts {
  return convertShape(item, batchNodeCountsFromWire) as unknown as BatchNodeCounts;
}

const batchNodeDeallocateOptionsToWire: Shape = ["nodeDeallocateOption"];

/**
 * Converts a {@link BatchNodeDeallocateOptions} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchNodeDeallocateOptionsSerializer(
  item: BatchNodeDeallocateOptions,
): Rest.BatchNodeDeallocateOptions {
  return convertShape(item, batchNodeDeallocateOptionsToWire) as unknown as Rest.BatchNodeDeallocateOptions;
}

const batchNodeDisableSchedulingOptionsToWire: Shape = ["nodeDisableSchedulingOption"];

/**
 * Converts a {@link BatchNodeDisableSchedulingOptions} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchNodeDisableSchedulingOptionsSerializer(
  item: BatchNodeDisableSchedulingOptions,
): Rest.BatchNodeDisableSchedulingOptions {
  return convertShape(
    item,
    batchNodeDisableSchedulingOptionsToWire,
  ) as unknown as Rest.BatchNodeDisableSchedulingOptions;
}

const batchNodeEndpointConfigurationFromWire: Shape = [
  ["inboundEndpoints", 0, { items: () => inboundEndpointFromWire }],
];

/**
 * Converts the wire form of a {@link BatchNodeEndpointConfiguration} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchNodeEndpointConfigurationDeserializer(
  item: RestOutput.BatchNodeEndpointConfigurationOutput,
): BatchNodeEndpointConfiguration {
  return convertShape(item, batchNodeEndpointConfigurationFromWire) as unknown as BatchNodeEndpointConfiguration;
}

const batchNodeErrorFromWire: Shape = ["code", "message", ["errorDetails", 0, { items: () => nameValuePairFromWire }]];

/**
 * Converts the wire form of a {@link BatchNodeError} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchNodeErrorDeserializer(item: RestOutput.BatchNodeErrorOutput): BatchNodeError {
  return convertShape(item, batchNodeErrorFromWire) as unknown as BatchNodeError;
}

const batchNodeFileFromWire: Shape = ["name", "url", "isDirectory", ["properties", 0, () => filePropertiesFromWire]];

/**
 * Converts the wire form of a {@link BatchNodeFile} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchNodeFileDeserializer(item: RestOutput.BatchNodeFileOutput): BatchNodeFile {
  return convertShape(item, batchNodeFileFromWire) as unknown as BatchNodeFile;
}

const batchNodeFileListResultFromWire: Shape = [
  ["value", 0, { items: () => batchNodeFileFromWire }],
  ["odata.nextLink", "odataNextLink"],
];

/**
 * Converts the wire form of a {@link BatchNodeFileListResult} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchNodeFileListResultDeserializer(
  item: RestOutput.BatchNodeFileListResultOutput,
): BatchNodeFileListResult {
  return convertShape(item, batchNodeFileListResultFromWire) as unknown as BatchNodeFileListResult;
}

const batchNodeIdentityReferenceToWire: Shape = ["resourceId"];

/**
 * Converts a {@link BatchNodeIdentityReference} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchNodeIdentityReferenceSerializer(
  item: BatchNodeIdentityReference,
): Rest.BatchNodeIdentityReference {
  return convertShape(item, batchNodeIdentityReferenceToWire) as unknown as Rest.BatchNodeIdentityReference;
}

const batchNodeIdentityReferenceFromWire: Shape = ["resourceId"];

/**
 * Converts the wire form of a {@link BatchNodeIdentityReference} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchNodeIdentityReferenceDeserializer(
  item: RestOutput.BatchNodeIdentityReferenceOutput,
): BatchNodeIdentityReference {
  return convertShape(item, batchNodeIdentityReferenceFromWire) as unknown as BatchNodeIdentityReference;
}

const batchNodeInfoToWire: Shape = [
  "affinityId",
  "nodeUrl",
  "poolId",
  "nodeId",
  "taskRootDirectory",
  "taskRootDirectoryUrl",
];

/**
 * Converts a {@link BatchNodeInfo} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchNodeInfoSerializer(item: BatchNodeInfo): Rest.BatchNodeInfo {
  return convertShape(item, batchNodeInfoToWire) as unknown as Rest.BatchNodeInfo;
}

const batchNodeInfoFromWire: Shape = [
  "affinityId",
  "nodeUrl",
  "poolId",
  "nodeId",
  "taskRootDirectory",
  "taskRootDirectoryUrl",
];

/**
 * Converts the wire form of a {@link BatchNodeInfo} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchNodeInfoDeserializer(item: RestOutput.BatchNodeInfoOutput): BatchNodeInfo {
  return convertShape(item, batchNodeInfoFromWire) as unknown as BatchNodeInfo;
}

const batchNodeListResultFromWire: Shape = [
  ["value", 0, { items: () => batchNodeFromWire }],
  ["odata.nextLink", "odataNextLink"],
];

/**
 * Converts the wire form of a {@link BatchNodeListResult} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchNodeListResultDeserializer(item: RestOutput.BatchNodeListResultOutput): BatchNodeListResult {
  return convertShape(item, batchNodeListResultFromWire) as unknown as BatchNodeListResult;
}

const batchNodePlacementConfigurationToWire: Shape = ["policy"];

/**
 * Converts a {@link BatchNodePlacementConfiguration} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchNodePlacementConfigurationSerializer(
  item: BatchNodePlacementConfiguration,
): Rest.BatchNodePlacementConfiguration {
  return convertShape(item, batchNodePlacementConfigurationToWire) as unknown as Rest.BatchNodePlacementConfiguration;
}

const batchNodePlacementConfigurationFromWire: Shape = ["policy"];

/**
 * Converts the wire form of a {@link BatchNodePlacementConfiguration} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchNodePlacementConfigurationDeserializer(
  item: RestOutput.BatchNodePlacementConfigurationOutput,
): BatchNodePlacementConfiguration {
  return convertShape(item, batchNodePlacementConfigurationFromWire) as unknown as BatchNodePlacementConfiguration;
}

const batchNodeRebootOptionsToWire: Shape = [["nodeRebootKind", "nodeRebootOption"]];

/**
 * Converts a {@link BatchNodeRebootOptions} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchNodeRebootOptionsSerializer(item: BatchNodeRebootOptions): Rest.BatchNodeRebootOptions {
  return convertShape(item, batchNodeRebootOptionsToWire) as unknown as Rest.BatchNodeRebootOptions;
}

const batchNodeReimageOptionsToWire: Shape = ["nodeReimageOption"];

/**
 * Converts a {@link BatchNodeReimageOptions} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchNodeReimageOptionsSerializer(item: BatchNodeReimageOptions): Rest.BatchNodeReimageOptions {
  return convertShape(item, batchNodeReimageOptionsToWire) as unknown as Rest.BatchNodeReimageOptions;
}

const batchNodeRemoteLoginSettingsFromWire: Shape = [
  ["ipv6RemoteLoginIPAddress", "ipv6RemoteLoginIpAddress"],
  "ipv6RemoteLoginPort",
  ["remoteLoginIPAddress", "remoteLoginIpAddress"],
  "remoteLoginPort",
];

/**
 * Converts the wire form of a {@link BatchNodeRemoteLoginSettings} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchNodeRemoteLoginSettingsDeserializer(
  item: RestOutput.BatchNodeRemoteLoginSettingsOutput,
): BatchNodeRemoteLoginSettings {
  return convertShape(item, batchNodeRemoteLoginSettingsFromWire) as unknown as BatchNodeRemoteLoginSettings;
}

const batchNodeRemoveOptionsToWire: Shape = [["nodeIds", "nodeList"], "resizeTimeout", "nodeDeallocationOption"];

/**
 * Converts a {@link BatchNodeRemoveOptions} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchNodeRemoveOptionsSerializer(item: BatchNodeRemoveOptions): Rest.BatchNodeRemoveOptions {
  return convertShape(item, batchNodeRemoveOptionsToWire) as unknown as Rest.BatchNodeRemoveOptions;
}

const batchNodeUserCreateOptionsToWire: Shape = [
  "name",
  "isAdmin",
  ["expiryTime", 0, "iso"],
  "password",
  "sshPublicKey",
];

/**
 * Converts a {@link BatchNodeUserCreateOptions} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchNodeUserCreateOptionsSerializer(
  item: BatchNodeUserCreateOptions,
): Rest.BatchNodeUserCreateOptions {
  return convertShape(item, batchNodeUserCreateOptionsToWire) as unknown as Rest.BatchNodeUserCreateOptions;
}

const batchNodeUserUpdateOptionsToWire: Shape = ["password", ["expiryTime", 0, "iso"], "sshPublicKey"];

/**
 * Converts a {@link BatchNodeUserUpdateOptions} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchNodeUserUpdateOptionsSerializer(
  item: BatchNodeUserUpdateOptions,
): Rest.BatchNodeUserUpdateOptions {
  return convertShape(item, batchNodeUserUpdateOptionsToWire) as unknown as Rest.BatchNodeUserUpdateOptions;
}

const batchNodeVMExtensionFromWire: Shape = [
  "provisioningState",
  ["vmExtension", 0, () => vMExtensionFromWire],
  ["instanceView", 0, () => vMExtensionInstanceViewFromWire],
];

/**
 * Converts the wire form of a {@link BatchNodeVMExtension} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchNodeVMExtensionDeserializer(item: RestOutput.BatchNodeVMExtensionOutput): BatchNodeVMExtension {
  return convertShape(item, batchNodeVMExtensionFromWire) as unknown as BatchNodeVMExtension;
}

const batchNodeVMExtensionListResultFromWire: Shape = [
  ["value", 0, { items: () => batchNodeVMExtensionFromWire }],
  ["odata.nextLink", "odataNextLink"],
];

/**
 * Converts the wire form of a {@link BatchNodeVMExtensionListResult} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchNodeVMExtensionListResultDeserializer(
  item: RestOutput.BatchNodeVMExtensionListResultOutput,
): BatchNodeVMExtensionListResult {
  return convertShape(item, batchNodeVMExtensionListResultFromWire) as unknown as BatchNodeVMExtensionListResult;
}

const batchOsDiskToWire: Shape = [
  ["ephemeralOSDiskSettings", 0, () => batchDiffDiskSettingsToWire],
  "caching",
  "diskSizeGB",
  ["managedDisk", 0, () => managedDiskToWire],
  "writeAcceleratorEnabled",
];

/**
 * Converts a {@link BatchOsDisk} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchOsDiskSerializer(item: BatchOsDisk): Rest.BatchOsDisk {
  return convertShape(item, batchOsDiskToWire) as unknown as Rest.BatchOsDisk;
}

const batchOsDiskFromWire: Shape = [
  ["ephemeralOSDiskSettings", 0, () => batchDiffDiskSettingsFromWire],
  "caching",
  "diskSizeGB",
  ["managedDisk", 0, () => managedDiskFromWire],
  "writeAcceleratorEnabled",
];

/**
 * Converts the wire form of a {@link BatchOsDisk} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchOsDiskDeserializer(item: RestOutput.BatchOsDiskOutput): BatchOsDisk {
  return convertShape(item, batchOsDiskFromWire) as unknown as BatchOsDisk;
}

const batchPoolFromWire: Shape = [
  "id",
  "displayName",
  "url",
  "eTag",
  ["lastModified", 0, "date"],
  ["creationTime", 0, "date"],
  "state",
  ["stateTransitionTime", 0, "date"],
  "allocationState",
  ["allocationStateTransitionTime", 0, "date"],
  "vmSize",
  ["virtualMachineConfiguration", 0, () => virtualMachineConfigurationFromWire],
  ["vmSkuProfile", 0, () => virtualMachineSkuProfileFromWire],
  "resizeTimeout",
  ["resizeErrors", 0, { items: () => resizeErrorFromWire }],
  "currentDedicatedNodes",
  "currentLowPriorityNodes",
  "targetDedicatedNodes",
  "targetLowPriorityNodes",
  "enableAutoScale",
  "autoScaleFormula",
  "autoScaleEvaluationInterval",
  ["autoScaleRun", 0, () => autoScaleRunFromWire],
  "enableInterNodeCommunication",
  ["networkConfiguration", 0, () => networkConfigurationFromWire],
  ["startTask", 0, () => batchStartTaskFromWire],
  ["applicationPackageReferences", 0, { items: () => batchApplicationPackageReferenceFromWire }],
  "taskSlotsPerNode",
  ["taskSchedulingPolicy", 0, () => batchTaskSchedulingPolicyFromWire],
  ["userAccounts", 0, { items: () => userAccountFromWire }],
  ["metadata", 0, { items: () => batchMetadataItemFromWire }],
  ["stats", "poolStatistics", () => batchPoolStatisticsFromWire],
  ["mountConfiguration", 0, { items: () => mountConfigurationFromWire }],
  ["identity", 0, () => batchPoolIdentityFromWire],
  ["upgradePolicy", 0, () => upgradePolicyFromWire],
];

/**
 * Converts the wire form of a {@link BatchPool} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchPoolDeserializer(item: RestOutput.BatchPoolOutput): BatchPool {
  return convertShape(item, batchPoolFromWire) as unknown as BatchPool;
}

const batchPoolCreateOptionsToWire: Shape = [
  "id",
  "displayName",
  "vmSize",
  ["virtualMachineConfiguration", 0, () => virtualMachineConfigurationToWire],
  ["vmSkuProfile", 0, () => virtualMachineSkuProfileToWire],
  "resizeTimeout",
  "targetDedicatedNodes",
  "targetLowPriorityNodes",
  "enableAutoScale",
  "autoScaleFormula",
  "autoScaleEvaluationInterval",
  "enableInterNodeCommunication",
  ["networkConfiguration", 0, () => networkConfigurationToWire],
  ["startTask", 0, () => batchStartTaskToWire],
  ["applicationPackageReferences", 0, { items: () => batchApplicationPackageReferenceToWire }],
  "taskSlotsPerNode",
  ["taskSchedulingPolicy", 0, () => batchTaskSchedulingPolicyToWire],
  ["userAccounts", 0, { items: () => userAccountToWire }],
  ["metadata", 0, { items: () => batchMetadataItemToWire }],
  ["mountConfiguration", 0, { items: () => mountConfigurationToWire }],
  ["upgradePolicy", 0, () => upgradePolicyToWire],
];

/**
 * Converts a {@link BatchPoolCreateOptions} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchPoolCreateOptionsSerializer(item: BatchPoolCreateOptions): Rest.BatchPoolCreateOptions {
  return convertShape(item, batchPoolCreateOptionsToWire) as unknown as Rest.BatchPoolCreateOptions;
}

const batchPoolEnableAutoScaleOptionsToWire: Shape = ["autoScaleFormula", "autoScaleEvaluationInterval"];

/**
 * Converts a {@link BatchPoolEnableAutoScaleOptions} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchPoolEnableAutoScaleOptionsSerializer(
  item: BatchPoolEnableAutoScaleOptions,
): Rest.BatchPoolEnableAutoScaleOptions {
  return convertShape(item, batchPoolEnableAutoScaleOptionsToWire) as unknown as Rest.BatchPoolEnableAutoScaleOptions;
}

const batchPoolEndpointConfigurationToWire: Shape = [
  ["inboundNatPools", "inboundNATPools", { items: () => batchInboundNatPoolToWire }],
];

/**
 * Converts a {@link BatchPoolEndpointConfiguration} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchPoolEndpointConfigurationSerializer(
  item: BatchPoolEndpointConfiguration,
): Rest.BatchPoolEndpointConfiguration {
  return convertShape(item, batchPoolEndpointConfigurationToWire) as unknown as Rest.BatchPoolEndpointConfiguration;
}

const batchPoolEndpointConfigurationFromWire: Shape = [
  ["inboundNATPools", "inboundNatPools", { items: () => batchInboundNatPoolFromWire }],
];

/**
 * Converts the wire form of a {@link BatchPoolEndpointConfiguration} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchPoolEndpointConfigurationDeserializer(
  item: RestOutput.BatchPoolEndpointConfigurationOutput,
): BatchPoolEndpointConfiguration {
  return convertShape(item, batchPoolEndpointConfigurationFromWire) as unknown as BatchPoolEndpointConfiguration;
}

const batchPoolEndpointConfigurationUpdateToWire: Shape = [
  ["inboundNatPools", "inboundNATPools", { items: () => batchInboundNatPoolToWire }],
];

/**
 * Converts a {@link BatchPoolEndpointConfigurationUpdate} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchPoolEndpointConfigurationUpdateSerializer(
  item: BatchPoolEndpointConfigurationUpdate,
): Rest.BatchPoolEndpointConfigurationUpdate {
  return convertShape(
    item,
    batchPoolEndpointConfigurationUpdateToWire,
  ) as unknown as Rest.BatchPoolEndpointConfigurationUpdate;
}

const batchPoolEvaluateAutoScaleOptionsToWire: Shape = ["autoScaleFormula"];

/**
 * Converts a {@link BatchPoolEvaluateAutoScaleOptions} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchPoolEvaluateAutoScaleOptionsSerializer(
  item: BatchPoolEvaluateAutoScaleOptions,
): Rest.BatchPoolEvaluateAutoScaleOptions {
  return convertShape(
    item,
    batchPoolEvaluateAutoScaleOptionsToWire,
  ) as unknown as Rest.BatchPoolEvaluateAutoScaleOptions;
}

const batchPoolIdentityFromWire: Shape = [
  "type",
  ["userAssignedIdentities", 0, { items: () => batchUserAssignedIdentityFromWire }],
];

/**
 * Converts the wire form of a {@link BatchPoolIdentity} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchPoolIdentityDeserializer(item: RestOutput.BatchPoolIdentityOutput): BatchPoolIdentity {
  return convertShape(item, batchPoolIdentityFromWire) as unknown as BatchPoolIdentity;
}

const batchPoolIdentityReferenceToWire: Shape = ["resourceId"];

/**
 * Converts a {@link BatchPoolIdentityReference} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchPoolIdentityReferenceSerializer(
  item: BatchPoolIdentityReference,
): Rest.BatchPoolIdentityReference {
  return convertShape(item, batchPoolIdentityReferenceToWire) as unknown as Rest.BatchPoolIdentityReference;
}

const batchPoolIdentityReferenceFromWire: Shape = ["resourceId"];

/**
 * Converts the wire form of a {@link BatchPoolIdentityReference} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchPoolIdentityReferenceDeserializer(
  item: RestOutput.BatchPoolIdentityReferenceOutput,
): BatchPoolIdentityReference {
  return convertShape(item, batchPoolIdentityReferenceFromWire) as unknown as BatchPoolIdentityReference;
}

const batchPoolInfoToWire: Shape = ["poolId", ["autoPoolSpecification", 0, () => batchAutoPoolSpecificationToWire]];

/**
 * Converts a {@link BatchPoolInfo} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchPoolInfoSerializer(item: BatchPoolInfo): Rest.BatchPoolInfo {
  return convertShape(item, batchPoolInfoToWire) as unknown as Rest.BatchPoolInfo;
}

const batchPoolInfoFromWire: Shape = ["poolId", ["autoPoolSpecification", 0, () => batchAutoPoolSpecificationFromWire]];

/**
 * Converts the wire form of a {@link BatchPoolInfo} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchPoolInfoDeserializer(item: RestOutput.BatchPoolInfoOutput): BatchPoolInfo {
  return convertShape(item, batchPoolInfoFromWire) as unknown as BatchPoolInfo;
}

const batchPoolInfoUpdateToWire: Shape = [
  "poolId",
  ["autoPoolSpecification", 0, () => batchAutoPoolSpecificationUpdateToWire],
];

/**
 * Converts a {@link BatchPoolInfoUpdate} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchPoolInfoUpdateSerializer(item: BatchPoolInfoUpdate): Rest.BatchPoolInfoUpdate {
  return convertShape(item, batchPoolInfoUpdateToWire) as unknown as Rest.BatchPoolInfoUpdate;
}

const batchPoolListResultFromWire: Shape = [
  ["value", 0, { items: () => batchPoolFromWire }],
  ["odata.nextLink", "odataNextLink"],
];

/**
 * Converts the wire form of a {@link BatchPoolListResult} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchPoolListResultDeserializer(item: RestOutput.BatchPoolListResultOutput): BatchPoolListResult {
  return convertShape(item, batchPoolListResultFromWire) as unknown as BatchPoolListResult;
}

const batchPoolNodeCountsFromWire: Shape = [
  "poolId",
  ["dedicated", 0, () => batchNodeCountsFromWire],
  ["lowPriority", 0, () => batchNodeCountsFromWire],
];

/**
 * Converts the wire form of a {@link BatchPoolNodeCounts} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchPoolNodeCountsDeserializer(item: RestOutput.BatchPoolNodeCountsOutput): BatchPoolNodeCounts {
  return convertShape(item, batchPoolNodeCountsFromWire) as unknown as BatchPoolNodeCounts;
}

const batchPoolNodeCountsListResultFromWire: Shape = [
  ["value", 0, { items: () => batchPoolNodeCountsFromWire }],
  ["odata.nextLink", "odataNextLink"],
];

/**
 * Converts the wire form of a {@link BatchPoolNodeCountsListResult} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchPoolNodeCountsListResultDeserializer(
  item: RestOutput.BatchPoolNodeCountsListResultOutput,
): BatchPoolNodeCountsListResult {
  return convertShape(item, batchPoolNodeCountsListResultFromWire) as unknown as BatchPoolNodeCountsListResult;
}

const batchPoolReplaceOptionsToWire: Shape = [
  ["startTask", 0, () => batchStartTaskToWire],
  ["applicationPackageReferences", 0, { items: () => batchApplicationPackageReferenceToWire }],
  ["metadata", 0, { items: () => batchMetadataItemToWire }],
];

/**
 * Converts a {@link BatchPoolReplaceOptions} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchPoolReplaceOptionsSerializer(item: BatchPoolReplaceOptions): Rest.BatchPoolReplaceOptions {
  return convertShape(item, batchPoolReplaceOptionsToWire) as unknown as Rest.BatchPoolReplaceOptions;
}

const batchPoolResizeOptionsToWire: Shape = [
  "targetDedicatedNodes",
  "targetLowPriorityNodes",
  "resizeTimeout",
  "nodeDeallocationOption",
];

/**
 * Converts a {@link BatchPoolResizeOptions} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchPoolResizeOptionsSerializer(item: BatchPoolResizeOptions): Rest.BatchPoolResizeOptions {
  return convertShape(item, batchPoolResizeOptionsToWire) as unknown as Rest.BatchPoolResizeOptions;
}

const batchPoolResourceStatisticsFromWire: Shape = [
  ["startTime", 0, "date"],
  ["lastUpdateTime", 0, "date"],
  ["avgCPUPercentage", "avgCpuPercentage"],
  "avgMemoryGiB",
  "peakMemoryGiB",
  "avgDiskGiB",
  "peakDiskGiB",
  ["diskReadIOps", "diskReadIops", "number"],
  ["diskWriteIOps", "diskWriteIops", "number"],
  "diskReadGiB",
  "diskWriteGiB",
  "networkReadGiB",
  "networkWriteGiB",
];

/**
 * Converts the wire form of a {@link BatchPoolResourceStatistics} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchPoolResourceStatisticsDeserializer(
  item: RestOutput.BatchPoolResourceStatisticsOutput,
): BatchPoolResourceStatistics {
  return convertShape(item, batchPoolResourceStatisticsFromWire) as unknown as BatchPoolResourceStatistics;
}

const batchPoolSpecificationToWire: Shape = [
  "displayName",
  "vmSize",
  ["virtualMachineConfiguration", 0, () => virtualMachineConfigurationToWire],
  "taskSlotsPerNode",
  ["taskSchedulingPolicy", 0, () => batchTaskSchedulingPolicyToWire],
  "resizeTimeout",
  "targetDedicatedNodes",
  "targetLowPriorityNodes",
  "enableAutoScale",
  "autoScaleFormula",
  "autoScaleEvaluationInterval",
  "enableInterNodeCommunication",
  ["networkConfiguration", 0, () => networkConfigurationToWire],
  ["startTask", 0, () => batchStartTaskToWire],
  ["applicationPackageReferences", 0, { items: () => batchApplicationPackageReferenceToWire }],
  ["userAccounts", 0, { items: () => userAccountToWire }],
  ["metadata", 0, { items: () => batchMetadataItemToWire }],
  ["mountConfiguration", 0, { items: () => mountConfigurationToWire }],
  ["upgradePolicy", 0, () => upgradePolicyToWire],
];

/**
 * Converts a {@link BatchPoolSpecification} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchPoolSpecificationSerializer(item: BatchPoolSpecification): Rest.BatchPoolSpecification {
  return convertShape(item, batchPoolSpecificationToWire) as unknown as Rest.BatchPoolSpecification;
}

const batchPoolSpecificationFromWire: Shape = [
  "displayName",
  "vmSize",
  ["virtualMachineConfiguration", 0, () => virtualMachineConfigurationFromWire],
  "taskSlotsPerNode",
  ["taskSchedulingPolicy", 0, () => batchTaskSchedulingPolicyFromWire],
  "resizeTimeout",
  "targetDedicatedNodes",
  "targetLowPriorityNodes",
  "enableAutoScale",
  "autoScaleFormula",
  "autoScaleEvaluationInterval",
  "enableInterNodeCommunication",
  ["networkConfiguration", 0, () => networkConfigurationFromWire],
  ["startTask", 0, () => batchStartTaskFromWire],
  ["applicationPackageReferences", 0, { items: () => batchApplicationPackageReferenceFromWire }],
  ["userAccounts", 0, { items: () => userAccountFromWire }],
  ["metadata", 0, { items: () => batchMetadataItemFromWire }],
  ["mountConfiguration", 0, { items: () => mountConfigurationFromWire }],
  ["upgradePolicy", 0, () => upgradePolicyFromWire],
];

/**
 * Converts the wire form of a {@link BatchPoolSpecification} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchPoolSpecificationDeserializer(
  item: RestOutput.BatchPoolSpecificationOutput,
): BatchPoolSpecification {
  return convertShape(item, batchPoolSpecificationFromWire) as unknown as BatchPoolSpecification;
}

const batchPoolSpecificationUpdateToWire: Shape = [
  "displayName",
  "vmSize",
  ["virtualMachineConfiguration", 0, () => virtualMachineConfigurationUpdateToWire],
  "taskSlotsPerNode",
  ["taskSchedulingPolicy", 0, () => batchTaskSchedulingPolicyUpdateToWire],
  "resizeTimeout",
  "targetDedicatedNodes",
  "targetLowPriorityNodes",
  "enableAutoScale",
  "autoScaleFormula",
  "autoScaleEvaluationInterval",
  "enableInterNodeCommunication",
  ["networkConfiguration", 0, () => networkConfigurationUpdateToWire],
  ["startTask", 0, () => batchStartTaskUpdateToWire],
  ["applicationPackageReferences", 0, { items: () => batchApplicationPackageReferenceToWire }],
  ["userAccounts", 0, { items: () => userAccountToWire }],
  ["metadata", 0, { items: () => batchMetadataItemToWire }],
  ["mountConfiguration", 0, { items: () => mountConfigurationToWire }],
  ["upgradePolicy", 0, () => upgradePolicyUpdateToWire],
];

/**
 * Converts a {@link BatchPoolSpecificationUpdate} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchPoolSpecificationUpdateSerializer(
  item: BatchPoolSpecificationUpdate,
): Rest.BatchPoolSpecificationUpdate {
  return convertShape(item, batchPoolSpecificationUpdateToWire) as unknown as Rest.BatchPoolSpecificationUpdate;
}

const batchPoolStatisticsFromWire: Shape = [
  "url",
  ["startTime", 0, "date"],
  ["lastUpdateTime", 0, "date"],
  ["resourceStats", "resourceStatistics", () => batchPoolResourceStatisticsFromWire],
];

/**
 * Converts the wire form of a {@link BatchPoolStatistics} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchPoolStatisticsDeserializer(item: RestOutput.BatchPoolStatisticsOutput): BatchPoolStatistics {
  return convertShape(item, batchPoolStatisticsFromWire) as unknown as BatchPoolStatistics;
}

const batchPoolUpdateOptionsToWire: Shape = [
  "displayName",
  "vmSize",
  "enableInterNodeCommunication",
  ["startTask", 0, () => batchStartTaskUpdateToWire],
  ["applicationPackageReferences", 0, { items: () => batchApplicationPackageReferenceToWire }],
  ["metadata", 0, { items: () => batchMetadataItemToWire }],
  ["virtualMachineConfiguration", 0, () => virtualMachineConfigurationUpdateToWire],
  ["vmSkuProfile", 0, () => virtualMachineSkuProfileToWire],
  "taskSlotsPerNode",
  ["taskSchedulingPolicy", 0, () => batchTaskSchedulingPolicyUpdateToWire],
  ["networkConfiguration", 0, () => networkConfigurationUpdateToWire],
  ["userAccounts", 0, { items: () => userAccountToWire }],
  ["mountConfiguration", 0, { items: () => mountConfigurationToWire }],
  ["upgradePolicy", 0, () => upgradePolicyUpdateToWire],
];

/**
 * Converts a {@link BatchPoolUpdateOptions} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchPoolUpdateOptionsSerializer(item: BatchPoolUpdateOptions): Rest.BatchPoolUpdateOptions {
  return convertShape(item, batchPoolUpdateOptionsToWire) as unknown as Rest.BatchPoolUpdateOptions;
}

const batchPublicIpAddressConfigurationToWire: Shape = [
  ["ipAddressProvisioningType", "provision"],
  "ipFamilies",
  "ipAddressIds",
  ["ipTags", 0, { items: () => iPTagToWire }],
];

/**
 * Converts a {@link BatchPublicIpAddressConfiguration} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchPublicIpAddressConfigurationSerializer(
  item: BatchPublicIpAddressConfiguration,
): Rest.BatchPublicIpAddressConfiguration {
  return convertShape(
    item,
    batchPublicIpAddressConfigurationToWire,
  ) as unknown as Rest.BatchPublicIpAddressConfiguration;
}

const batchPublicIpAddressConfigurationFromWire: Shape = [
  ["provision", "ipAddressProvisioningType"],
  "ipFamilies",
  "ipAddressIds",
  ["ipTags", 0, { items: () => iPTagFromWire }],
];

/**
 * Converts the wire form of a {@link BatchPublicIpAddressConfiguration} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchPublicIpAddressConfigurationDeserializer(
  item: RestOutput.BatchPublicIpAddressConfigurationOutput,
): BatchPublicIpAddressConfiguration {
  return convertShape(item, batchPublicIpAddressConfigurationFromWire) as unknown as BatchPublicIpAddressConfiguration;
}

const batchStartTaskToWire: Shape = [
  "commandLine",
  ["containerSettings", 0, () => batchTaskContainerSettingsToWire],
  ["resourceFiles", 0, { items: () => resourceFileToWire }],
  ["environmentSettings", 0, { items: () => environmentSettingToWire }],
  ["userIdentity", 0, () => userIdentityToWire],
  "maxTaskRetryCount",
  "waitForSuccess",
];

/**
 * Converts a {@link BatchStartTask} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchStartTaskSerializer(item: BatchStartTask): Rest.BatchStartTask {
  return convertShape(item, batchStartTaskToWire) as unknown as Rest.BatchStartTask;
}

const batchStartTaskFromWire: Shape = [
  "commandLine",
  ["containerSettings", 0, () => batchTaskContainerSettingsFromWire],
  ["resourceFiles", 0, { items: () => resourceFileFromWire }],
  ["environmentSettings", 0, { items: () => environmentSettingFromWire }],
  ["userIdentity", 0, () => userIdentityFromWire],
  "maxTaskRetryCount",
  "waitForSuccess",
];

/**
 * Converts the wire form of a {@link BatchStartTask} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchStartTaskDeserializer(item: RestOutput.BatchStartTaskOutput): BatchStartTask {
  return convertShape(item, batchStartTaskFromWire) as unknown as BatchStartTask;
}

const batchStartTaskInfoFromWire: Shape = [
  "state",
  ["startTime", 0, "date"],
  ["endTime", 0, "date"],
  "exitCode",
  ["containerInfo", 0, () => batchTaskContainerExecutionInfoFromWire],
  ["failureInfo", 0, () => batchTaskFailureInfoFromWire],
  "retryCount",
  ["lastRetryTime", 0, "date"],
  "result",
];

/**
 * Converts the wire form of a {@link BatchStartTaskInfo} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchStartTaskInfoDeserializer(item: RestOutput.BatchStartTaskInfoOutput): BatchStartTaskInfo {
  return convertShape(item, batchStartTaskInfoFromWire) as unknown as BatchStartTaskInfo;
}

const batchStartTaskUpdateToWire: Shape = [
  "commandLine",
  ["containerSettings", 0, () => batchTaskContainerSettingsUpdateToWire],
  ["resourceFiles", 0, { items: () => resourceFileToWire }],
  ["environmentSettings", 0, { items: () => environmentSettingToWire }],
  ["userIdentity", 0, () => userIdentityToWire],
  "maxTaskRetryCount",
  "waitForSuccess",
];

/**
 * Converts a {@link BatchStartTaskUpdate} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchStartTaskUpdateSerializer(item: BatchStartTaskUpdate): Rest.BatchStartTaskUpdate {
  return convertShape(item, batchStartTaskUpdateToWire) as unknown as Rest.BatchStartTaskUpdate;
}

const batchSubtaskFromWire: Shape = [
  "id",
  ["nodeInfo", 0, () => batchNodeInfoFromWire],
  ["startTime", 0, "date"],
  ["endTime", 0, "date"],
  "exitCode",
  ["containerInfo", 0, () => batchTaskContainerExecutionInfoFromWire],
  ["failureInfo", 0, () => batchTaskFailureInfoFromWire],
  "state",
  ["stateTransitionTime", 0, "date"],
  "previousState",
  ["previousStateTransitionTime", 0, "date"],
  "result",
];

/**
 * Converts the wire form of a {@link BatchSubtask} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchSubtaskDeserializer(item: RestOutput.BatchSubtaskOutput): BatchSubtask {
  return convertShape(item, batchSubtaskFromWire) as unknown as BatchSubtask;
}

const batchSupportedImageFromWire: Shape = [
  ["nodeAgentSKUId", "nodeAgentSkuId"],
  ["imageReference", 0, () => batchVmImageReferenceFromWire],
  "osType",
  "capabilities",
  ["batchSupportEndOfLife", 0, "date"],
  "verificationType",
];

/**
 * Converts the wire form of a {@link BatchSupportedImage} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchSupportedImageDeserializer(item: RestOutput.BatchSupportedImageOutput): BatchSupportedImage {
  return convertShape(item, batchSupportedImageFromWire) as unknown as BatchSupportedImage;
}

const batchTaskToWire: Shape = [["constraints", 0, () => batchTaskConstraintsToWire]];

/**
 * Converts a {@link BatchTask} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchTaskSerializer(item: BatchTask): Rest.BatchTask {
  return convertShape(item, batchTaskToWire) as unknown as Rest.BatchTask;
}

const batchTaskFromWire: Shape = [
  "id",
  "displayName",
  "url",
  "eTag",
  ["lastModified", 0, "date"],
  ["creationTime", 0, "date"],
  ["exitConditions", 0, () => exitConditionsFromWire],
  "state",
  ["stateTransitionTime", 0, "date"],
  "previousState",
  ["previousStateTransitionTime", 0, "date"],
  "commandLine",
  ["containerSettings", 0, () => batchTaskContainerSettingsFromWire],
  ["resourceFiles", 0, { items: () => resourceFileFromWire }],
  ["outputFiles", 0, { items: () => outputFileFromWire }],
  ["environmentSettings", 0, { items: () => environmentSettingFromWire }],
  ["affinityInfo", 0, () => batchAffinityInfoFromWire],
  ["constraints", 0, () => batchTaskConstraintsFromWire],
  "requiredSlots",
  ["userIdentity", 0, () => userIdentityFromWire],
  ["executionInfo", 0, () => batchTaskExecutionInfoFromWire],
  ["nodeInfo", 0, () => batchNodeInfoFromWire],
  ["multiInstanceSettings", 0, () => multiInstanceSettingsFromWire],
  ["stats", "taskStatistics", () => batchTaskStatisticsFromWire],
  ["dependsOn", 0, () => batchTaskDependenciesFromWire],
  ["applicationPackageReferences", 0, { items: () => batchApplicationPackageReferenceFromWire }],
];

/**
 * Converts the wire form of a {@link BatchTask} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchTaskDeserializer(item: RestOutput.BatchTaskOutput): BatchTask {
  return convertShape(item, batchTaskFromWire) as unknown as BatchTask;
}

const batchTaskConstraintsToWire: Shape = ["maxWallClockTime", "retentionTime", "maxTaskRetryCount"];

/**
 * Converts a {@link BatchTaskConstraints} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchTaskConstraintsSerializer(item: BatchTaskConstraints): Rest.BatchTaskConstraints {
  return convertShape(item, batchTaskConstraintsToWire) as unknown as Rest.BatchTaskConstraints;
}

const batchTaskConstraintsFromWire: Shape = ["maxWallClockTime", "retentionTime", "maxTaskRetryCount"];

/**
 * Converts the wire form of a {@link BatchTaskConstraints} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchTaskConstraintsDeserializer(item: RestOutput.BatchTaskConstraintsOutput): BatchTaskConstraints {
  return convertShape(item, batchTaskConstraintsFromWire) as unknown as BatchTaskConstraints;
}

const batchTaskContainerExecutionInfoToWire: Shape = ["containerId", "state", "error"];

/**
 * Converts a {@link BatchTaskContainerExecutionInfo} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchTaskContainerExecutionInfoSerializer(
  item: BatchTaskContainerExecutionInfo,
): Rest.BatchTaskContainerExecutionInfo {
  return convertShape(item, batchTaskContainerExecutionInfoToWire) as unknown as Rest.BatchTaskContainerExecutionInfo;
}

const batchTaskContainerExecutionInfoFromWire: Shape = ["containerId", "state", "error"];

/**
 * Converts the wire form of a {@link BatchTaskContainerExecutionInfo} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchTaskContainerExecutionInfoDeserializer(
  item: RestOutput.BatchTaskContainerExecutionInfoOutput,
): BatchTaskContainerExecutionInfo {
  return convertShape(item, batchTaskContainerExecutionInfoFromWire) as unknown as BatchTaskContainerExecutionInfo;
}

const batchTaskContainerSettingsToWire: Shape = [
  "containerRunOptions",
  "imageName",
  ["registry", 0, () => containerRegistryReferenceToWire],
  "workingDirectory",
  ["containerHostBatchBindMounts", 0, { items: () => containerHostBatchBindMountEntryToWire }],
];

/**
 * Converts a {@link BatchTaskContainerSettings} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchTaskContainerSettingsSerializer(
  item: BatchTaskContainerSettings,
): Rest.BatchTaskContainerSettings {
  return convertShape(item, batchTaskContainerSettingsToWire) as unknown as Rest.BatchTaskContainerSettings;
}

const batchTaskContainerSettingsFromWire: Shape = [
  "containerRunOptions",
  "imageName",
  ["registry", 0, () => containerRegistryReferenceFromWire],
  "workingDirectory",
  ["containerHostBatchBindMounts", 0, { items: () => containerHostBatchBindMountEntryFromWire }],
];

/**
 * Converts the wire form of a {@link BatchTaskContainerSettings} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchTaskContainerSettingsDeserializer(
  item: RestOutput.BatchTaskContainerSettingsOutput,
): BatchTaskContainerSettings {
  return convertShape(item, batchTaskContainerSettingsFromWire) as unknown as BatchTaskContainerSettings;
}

const batchTaskContainerSettingsUpdateToWire: Shape = [
  "containerRunOptions",
  "imageName",
  ["registry", 0, () => containerRegistryReferenceToWire],
  "workingDirectory",
  ["containerHostBatchBindMounts", 0, { items: () => containerHostBatchBindMountEntryToWire }],
];

/**
 * Converts a {@link BatchTaskContainerSettingsUpdate} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchTaskContainerSettingsUpdateSerializer(
  item: BatchTaskContainerSettingsUpdate,
): Rest.BatchTaskContainerSettingsUpdate {
  return convertShape(item, batchTaskContainerSettingsUpdateToWire) as unknown as Rest.BatchTaskContainerSettingsUpdate;
}

const batchTaskCountsFromWire: Shape = ["active", "running", "completed", "succeeded", "failed"];

/**
 * Converts the wire form of a {@link BatchTaskCounts} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchTaskCountsDeserializer(item: RestOutput.BatchTaskCountsOutput): BatchTaskCounts {
  return convertShape(item, batchTaskCountsFromWire) as unknown as BatchTaskCounts;
}

const batchTaskCountsResultFromWire: Shape = [
  ["taskCounts", 0, () => batchTaskCountsFromWire],
  ["taskSlotCounts", 0, () => batchTaskSlotCountsFromWire],
];

/**
 * Converts the wire form of a {@link BatchTaskCountsResult} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchTaskCountsResultDeserializer(item: RestOutput.BatchTaskCountsResultOutput): BatchTaskCountsResult {
  return convertShape(item, batchTaskCountsResultFromWire) as unknown as BatchTaskCountsResult;
}

const batchTaskCreateOptionsToWire: Shape = [
  "id",
  "displayName",
  ["exitConditions", 0, () => exitConditionsToWire],
  "commandLine",
  ["containerSettings", 0, () => batchTaskContainerSettingsToWire],
  ["resourceFiles", 0, { items: () => resourceFileToWire }],
  ["outputFiles", 0, { items: () => outputFileToWire }],
  ["environmentSettings", 0, { items: () => environmentSettingToWire }],
  ["affinityInfo", 0, () => batchAffinityInfoToWire],
  ["constraints", 0, () => batchTaskConstraintsToWire],
  "requiredSlots",
  ["userIdentity", 0, () => userIdentityToWire],
  ["multiInstanceSettings", 0, () => multiInstanceSettingsToWire],
  ["dependsOn", 0, () => batchTaskDependenciesToWire],
  ["applicationPackageReferences", 0, { items: () => batchApplicationPackageReferenceToWire }],
];

/**
 * Converts a {@link BatchTaskCreateOptions} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchTaskCreateOptionsSerializer(item: BatchTaskCreateOptions): Rest.BatchTaskCreateOptions {
  return convertShape(item, batchTaskCreateOptionsToWire) as unknown as Rest.BatchTaskCreateOptions;
}

const batchTaskCreateResultFromWire: Shape = [
  "status",
  "taskId",
  "eTag",
  ["lastModified", 0, "date"],
  "location",
  ["error", 0, () => batchErrorBodyFromWire],
];

/**
 * Converts the wire form of a {@link BatchTaskCreateResult} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchTaskCreateResultDeserializer(item: RestOutput.BatchTaskCreateResultOutput): BatchTaskCreateResult {
  return convertShape(item, batchTaskCreateResultFromWire) as unknown as BatchTaskCreateResult;
}

const batchTaskDependenciesToWire: Shape = ["taskIds", ["taskIdRanges", 0, { items: () => batchTaskIdRangeToWire }]];

/**
 * Converts a {@link BatchTaskDependencies} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchTaskDependenciesSerializer(item: BatchTaskDependencies): Rest.BatchTaskDependencies {
  return convertShape(item, batchTaskDependenciesToWire) as unknown as Rest.BatchTaskDependencies;
}

const batchTaskDependenciesFromWire: Shape = [
  "taskIds",
  ["taskIdRanges", 0, { items: () => batchTaskIdRangeFromWire }],
];

/**
 * Converts the wire form of a {@link BatchTaskDependencies} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchTaskDependenciesDeserializer(item: RestOutput.BatchTaskDependenciesOutput): BatchTaskDependencies {
  return convertShape(item, batchTaskDependenciesFromWire) as unknown as BatchTaskDependencies;
}

const batchTaskExecutionInfoToWire: Shape = [
  ["startTime", 0, "iso"],
  ["endTime", 0, "iso"],
  "exitCode",
  ["containerInfo", 0, () => batchTaskContainerExecutionInfoToWire],
  ["failureInfo", 0, () => batchTaskFailureInfoToWire],
  "retryCount",
  ["lastRetryTime", 0, "iso"],
  "requeueCount",
  ["lastRequeueTime", 0, "iso"],
  "result",
];

/**
 * Converts a {@link BatchTaskExecutionInfo} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchTaskExecutionInfoSerializer(item: BatchTaskExecutionInfo): Rest.BatchTaskExecutionInfo {
  return convertShape(item, batchTaskExecutionInfoToWire) as unknown as Rest.BatchTaskExecutionInfo;
}

const batchTaskExecutionInfoFromWire: Shape = [
  ["startTime", 0, "date"],
  ["endTime", 0, "date"],
  "exitCode",
  ["containerInfo", 0, () => batchTaskContainerExecutionInfoFromWire],
  ["failureInfo", 0, () => batchTaskFailureInfoFromWire],
  "retryCount",
  ["lastRetryTime", 0, "date"],
  "requeueCount",
  ["lastRequeueTime", 0, "date"],
  "result",
];

/**
 * Converts the wire form of a {@link BatchTaskExecutionInfo} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchTaskExecutionInfoDeserializer(
  item: RestOutput.BatchTaskExecutionInfoOutput,
): BatchTaskExecutionInfo {
  return convertShape(item, batchTaskExecutionInfoFromWire) as unknown as BatchTaskExecutionInfo;
}

const batchTaskFailureInfoToWire: Shape = [
  "category",
  "code",
  "message",
  ["details", 0, { items: () => nameValuePairToWire }],
];

/**
 * Converts a {@link BatchTaskFailureInfo} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchTaskFailureInfoSerializer(item: BatchTaskFailureInfo): Rest.BatchTaskFailureInfo {
  return convertShape(item, batchTaskFailureInfoToWire) as unknown as Rest.BatchTaskFailureInfo;
}

const batchTaskFailureInfoFromWire: Shape = [
  "category",
  "code",
  "message",
  ["details", 0, { items: () => nameValuePairFromWire }],
];

/**
 * Converts the wire form of a {@link BatchTaskFailureInfo} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchTaskFailureInfoDeserializer(item: RestOutput.BatchTaskFailureInfoOutput): BatchTaskFailureInfo {
  return convertShape(item, batchTaskFailureInfoFromWire) as unknown as BatchTaskFailureInfo;
}

const batchTaskGroupToWire: Shape = [["values", "value", { items: () => batchTaskCreateOptionsToWire }]];

/**
 * Converts a {@link BatchTaskGroup} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchTaskGroupSerializer(item: BatchTaskGroup): Rest.BatchTaskGroup {
  return convertShape(item, batchTaskGroupToWire) as unknown as Rest.BatchTaskGroup;
}

const batchTaskIdRangeToWire: Shape = ["start", "end"];

/**
 * Converts a {@link BatchTaskIdRange} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchTaskIdRangeSerializer(item: BatchTaskIdRange): Rest.BatchTaskIdRange {
  return convertShape(item, batchTaskIdRangeToWire) as unknown as Rest.BatchTaskIdRange;
}

const batchTaskIdRangeFromWire: Shape = ["start", "end"];

/**
 * Converts the wire form of a {@link BatchTaskIdRange} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchTaskIdRangeDeserializer(item: RestOutput.BatchTaskIdRangeOutput): BatchTaskIdRange {
  return convertShape(item, batchTaskIdRangeFromWire) as unknown as BatchTaskIdRange;
}

const batchTaskInfoFromWire: Shape = [
  "taskUrl",
  "jobId",
  "taskId",
  "subtaskId",
  "taskState",
  ["executionInfo", 0, () => batchTaskExecutionInfoFromWire],
];

/**
 * Converts the wire form of a {@link BatchTaskInfo} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchTaskInfoDeserializer(item: RestOutput.BatchTaskInfoOutput): BatchTaskInfo {
  return convertShape(item, batchTaskInfoFromWire) as unknown as BatchTaskInfo;
}

const batchTaskListResultFromWire: Shape = [
  ["value", 0, { items: () => batchTaskFromWire }],
  ["odata.nextLink", "odataNextLink"],
];

/**
 * Converts the wire form of a {@link BatchTaskListResult} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchTaskListResultDeserializer(item: RestOutput.BatchTaskListResultOutput): BatchTaskListResult {
  return convertShape(item, batchTaskListResultFromWire) as unknown as BatchTaskListResult;
}

const batchTaskListSubtasksResultFromWire: Shape = [
  ["value", 0, { items: () => batchSubtaskFromWire }],
  ["odata.nextLink", "odataNextLink"],
];

/**
 * Converts the wire form of a {@link BatchTaskListSubtasksResult} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchTaskListSubtasksResultDeserializer(
  item: RestOutput.BatchTaskListSubtasksResultOutput,
): BatchTaskListSubtasksResult {
  return convertShape(item, batchTaskListSubtasksResultFromWire) as unknown as BatchTaskListSubtasksResult;
}

const batchTaskSchedulingPolicyToWire: Shape = ["jobDefaultOrder", "nodeFillType"];

/**
 * Converts a {@link BatchTaskSchedulingPolicy} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchTaskSchedulingPolicySerializer(item: BatchTaskSchedulingPolicy): Rest.BatchTaskSchedulingPolicy {
  return convertShape(item, batchTaskSchedulingPolicyToWire) as unknown as Rest.BatchTaskSchedulingPolicy;
}

const batchTaskSchedulingPolicyFromWire: Shape = ["jobDefaultOrder", "nodeFillType"];

/**
 * Converts the wire form of a {@link BatchTaskSchedulingPolicy} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchTaskSchedulingPolicyDeserializer(
  item: RestOutput.BatchTaskSchedulingPolicyOutput,
): BatchTaskSchedulingPolicy {
  return convertShape(item, batchTaskSchedulingPolicyFromWire) as unknown as BatchTaskSchedulingPolicy;
}

const batchTaskSchedulingPolicyUpdateToWire: Shape = ["jobDefaultOrder", "nodeFillType"];

/**
 * Converts a {@link BatchTaskSchedulingPolicyUpdate} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchTaskSchedulingPolicyUpdateSerializer(
  item: BatchTaskSchedulingPolicyUpdate,
): Rest.BatchTaskSchedulingPolicyUpdate {
  return convertShape(item, batchTaskSchedulingPolicyUpdateToWire) as unknown as Rest.BatchTaskSchedulingPolicyUpdate;
}

const batchTaskSlotCountsFromWire: Shape = ["active", "running", "completed", "succeeded", "failed"];

/**
 * Converts the wire form of a {@link BatchTaskSlotCounts} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchTaskSlotCountsDeserializer(item: RestOutput.BatchTaskSlotCountsOutput): BatchTaskSlotCounts {
  return convertShape(item, batchTaskSlotCountsFromWire) as unknown as BatchTaskSlotCounts;
}

const batchTaskStatisticsToWire: Shape = [
  "url",
  ["startTime", 0, "iso"],
  ["lastUpdateTime", 0, "iso"],
  ["userCpuTime", "userCPUTime"],
  ["kernelCpuTime", "kernelCPUTime"],
  "wallClockTime",
  ["readIops", "readIOps", "string"],
  ["writeIops", "writeIOps", "string"],
  ["readIoGiB", "readIOGiB"],
  ["writeIoGiB", "writeIOGiB"],
  "waitTime",
];

/**
 * Converts a {@link BatchTaskStatistics} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchTaskStatisticsSerializer(item: BatchTaskStatistics): Rest.BatchTaskStatistics {
  return convertShape(item, batchTaskStatisticsToWire) as unknown as Rest.BatchTaskStatistics;
}

const batchTaskStatisticsFromWire: Shape = [
  "url",
  ["startTime", 0, "date"],
  ["lastUpdateTime", 0, "date"],
  ["userCPUTime", "userCpuTime"],
  ["kernelCPUTime", "kernelCpuTime"],
  "wallClockTime",
  ["readIOps", "readIops", "number"],
  ["writeIOps", "writeIops", "number"],
  ["readIOGiB", "readIoGiB"],
  ["writeIOGiB", "writeIoGiB"],
  "waitTime",
];

/**
 * Converts the wire form of a {@link BatchTaskStatistics} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchTaskStatisticsDeserializer(item: RestOutput.BatchTaskStatisticsOutput): BatchTaskStatistics {
  return convertShape(item, batchTaskStatisticsFromWire) as unknown as BatchTaskStatistics;
}

const batchUefiSettingsToWire: Shape = ["secureBootEnabled", "vTpmEnabled"];

/**
 * Converts a {@link BatchUefiSettings} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchUefiSettingsSerializer(item: BatchUefiSettings): Rest.BatchUefiSettings {
  return convertShape(item, batchUefiSettingsToWire) as unknown as Rest.BatchUefiSettings;
}

const batchUefiSettingsFromWire: Shape = ["secureBootEnabled", "vTpmEnabled"];

/**
 * Converts the wire form of a {@link BatchUefiSettings} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchUefiSettingsDeserializer(item: RestOutput.BatchUefiSettingsOutput): BatchUefiSettings {
  return convertShape(item, batchUefiSettingsFromWire) as unknown as BatchUefiSettings;
}

const batchUserAssignedIdentityFromWire: Shape = ["resourceId", "clientId", "principalId"];

/**
 * Converts the wire form of a {@link BatchUserAssignedIdentity} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchUserAssignedIdentityDeserializer(
  item: RestOutput.BatchUserAssignedIdentityOutput,
): BatchUserAssignedIdentity {
  return convertShape(item, batchUserAssignedIdentityFromWire) as unknown as BatchUserAssignedIdentity;
}

const batchVmDiskSecurityProfileToWire: Shape = ["securityEncryptionType"];

/**
 * Converts a {@link BatchVmDiskSecurityProfile} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchVmDiskSecurityProfileSerializer(
  item: BatchVmDiskSecurityProfile,
): Rest.BatchVmDiskSecurityProfile {
  return convertShape(item, batchVmDiskSecurityProfileToWire) as unknown as Rest.BatchVmDiskSecurityProfile;
}

const batchVmDiskSecurityProfileFromWire: Shape = ["securityEncryptionType"];

/**
 * Converts the wire form of a {@link BatchVmDiskSecurityProfile} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchVmDiskSecurityProfileDeserializer(
  item: RestOutput.BatchVmDiskSecurityProfileOutput,
): BatchVmDiskSecurityProfile {
  return convertShape(item, batchVmDiskSecurityProfileFromWire) as unknown as BatchVmDiskSecurityProfile;
}

const batchVmImageReferenceToWire: Shape = [
  "publisher",
  "offer",
  "sku",
  "version",
  "virtualMachineImageId",
  "sharedGalleryImageId",
  "communityGalleryImageId",
];

/**
 * Converts a {@link BatchVmImageReference} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchVmImageReferenceSerializer(item: BatchVmImageReference): Rest.BatchVmImageReference {
  return convertShape(item, batchVmImageReferenceToWire) as unknown as Rest.BatchVmImageReference;
}

const batchVmImageReferenceFromWire: Shape = [
  "publisher",
  "offer",
  "sku",
  "version",
  "virtualMachineImageId",
  "exactVersion",
  "sharedGalleryImageId",
  "communityGalleryImageId",
];

/**
 * Converts the wire form of a {@link BatchVmImageReference} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchVmImageReferenceDeserializer(item: RestOutput.BatchVmImageReferenceOutput): BatchVmImageReference {
  return convertShape(item, batchVmImageReferenceFromWire) as unknown as BatchVmImageReference;
}

const cifsMountConfigurationToWire: Shape = ["username", "source", "relativeMountPath", "mountOptions", "password"];

/**
 * Converts a {@link CifsMountConfiguration} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function cifsMountConfigurationSerializer(item: CifsMountConfiguration): Rest.CifsMountConfiguration {
  return convertShape(item, cifsMountConfigurationToWire) as unknown as Rest.CifsMountConfiguration;
}

const cifsMountConfigurationFromWire: Shape = ["username", "source", "relativeMountPath", "mountOptions", "password"];

/**
 * Converts the wire form of a {@link CifsMountConfiguration} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function cifsMountConfigurationDeserializer(
  item: RestOutput.CifsMountConfigurationOutput,
): CifsMountConfiguration {
  return convertShape(item, cifsMountConfigurationFromWire) as unknown as CifsMountConfiguration;
}

const containerHostBatchBindMountEntryToWire: Shape = ["source", "isReadOnly"];

/**
 * Converts a {@link ContainerHostBatchBindMountEntry} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function containerHostBatchBindMountEntrySerializer(
  item: ContainerHostBatchBindMountEntry,
): Rest.ContainerHostBatchBindMountEntry {
  return convertShape(item, containerHostBatchBindMountEntryToWire) as unknown as Rest.ContainerHostBatchBindMountEntry;
}

const containerHostBatchBindMountEntryFromWire: Shape = ["source", "isReadOnly"];

/**
 * Converts the wire form of a {@link ContainerHostBatchBindMountEntry} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function containerHostBatchBindMountEntryDeserializer(
  item: RestOutput.ContainerHostBatchBindMountEntryOutput,
): ContainerHostBatchBindMountEntry {
  return convertShape(item, containerHostBatchBindMountEntryFromWire) as unknown as ContainerHostBatchBindMountEntry;
}

const containerRegistryReferenceToWire: Shape = [
  "username",
  "password",
  "registryServer",
  ["identityReference", 0, () => batchNodeIdentityReferenceToWire],
];

/**
 * Converts a {@link ContainerRegistryReference} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function containerRegistryReferenceSerializer(
  item: ContainerRegistryReference,
): Rest.ContainerRegistryReference {
  return convertShape(item, containerRegistryReferenceToWire) as unknown as Rest.ContainerRegistryReference;
}

const containerRegistryReferenceFromWire: Shape = [
  "username",
  "password",
  "registryServer",
  ["identityReference", 0, () => batchNodeIdentityReferenceFromWire],
];

/**
 * Converts the wire form of a {@link ContainerRegistryReference} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function containerRegistryReferenceDeserializer(
  item: RestOutput.ContainerRegistryReferenceOutput,
): ContainerRegistryReference {
  return convertShape(item, containerRegistryReferenceFromWire) as unknown as ContainerRegistryReference;
}

const dataDiskToWire: Shape = [
  ["logicalUnitNumber", "lun"],
  "caching",
  ["diskSizeGb", "diskSizeGB"],
  ["managedDisk", 0, () => managedDiskToWire],
];

/**
 * Converts a {@link DataDisk} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function dataDiskSerializer(item: DataDisk): Rest.DataDisk {
  return convertShape(item, dataDiskToWire) as unknown as Rest.DataDisk;
}

const dataDiskFromWire: Shape = [
  ["lun", "logicalUnitNumber"],
  "caching",
  ["diskSizeGB", "diskSizeGb"],
  ["managedDisk", 0, () => managedDiskFromWire],
];

/**
 * Converts the wire form of a {@link DataDisk} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function dataDiskDeserializer(item: RestOutput.DataDiskOutput): DataDisk {
  return convertShape(item, dataDiskFromWire) as unknown as DataDisk;
}

const diskCustomerManagedKeyToWire: Shape = [
  ["identityReference", 0, () => batchPoolIdentityReferenceToWire],
  "keyUrl",
  "rotationToLatestKeyVersionEnabled",
];

/**
 * Converts a {@link DiskCustomerManagedKey} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function diskCustomerManagedKeySerializer(item: DiskCustomerManagedKey): Rest.DiskCustomerManagedKey {
  return convertShape(item, diskCustomerManagedKeyToWire) as unknown as Rest.DiskCustomerManagedKey;
}

const diskCustomerManagedKeyFromWire: Shape = [
  ["identityReference", 0, () => batchPoolIdentityReferenceFromWire],
  "keyUrl",
  "rotationToLatestKeyVersionEnabled",
];

/**
 * Converts the wire form of a {@link DiskCustomerManagedKey} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function diskCustomerManagedKeyDeserializer(
  item: RestOutput.DiskCustomerManagedKeyOutput,
): DiskCustomerManagedKey {
  return convertShape(item, diskCustomerManagedKeyFromWire) as unknown as DiskCustomerManagedKey;
}

const diskEncryptionConfigurationToWire: Shape = [
  ["customerManagedKey", 0, () => diskCustomerManagedKeyToWire],
  "targets",
];

/**
 * Converts a {@link DiskEncryptionConfiguration} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function diskEncryptionConfigurationSerializer(
  item: DiskEncryptionConfiguration,
): Rest.DiskEncryptionConfiguration {
  return convertShape(item, diskEncryptionConfigurationToWire) as unknown as Rest.DiskEncryptionConfiguration;
}

const diskEncryptionConfigurationFromWire: Shape = [
  ["customerManagedKey", 0, () => diskCustomerManagedKeyFromWire],
  "targets",
];

/**
 * Converts the wire form of a {@link DiskEncryptionConfiguration} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function diskEncryptionConfigurationDeserializer(
  item: RestOutput.DiskEncryptionConfigurationOutput,
): DiskEncryptionConfiguration {
  return convertShape(item, diskEncryptionConfigurationFromWire) as unknown as DiskEncryptionConfiguration;
}

const diskEncryptionSetParametersToWire: Shape = ["id"];

/**
 * Converts a {@link DiskEncryptionSetParameters} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function diskEncryptionSetParametersSerializer(
  item: DiskEncryptionSetParameters,
): Rest.DiskEncryptionSetParameters {
  return convertShape(item, diskEncryptionSetParametersToWire) as unknown as Rest.DiskEncryptionSetParameters;
}

const diskEncryptionSetParametersFromWire: Shape = ["id"];

/**
 * Converts the wire form of a {@link DiskEncryptionSetParameters} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function diskEncryptionSetParametersDeserializer(
  item: RestOutput.DiskEncryptionSetParametersOutput,
): DiskEncryptionSetParameters {
  return convertShape(item, diskEncryptionSetParametersFromWire) as unknown as DiskEncryptionSetParameters;
}

const environmentSettingToWire: Shape = ["name", "value"];

/**
 * Converts a {@link EnvironmentSetting} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function environmentSettingSerializer(item: EnvironmentSetting): Rest.EnvironmentSetting {
  return convertShape(item, environmentSettingToWire) as unknown as Rest.EnvironmentSetting;
}

const environmentSettingFromWire: Shape = ["name", "value"];

/**
 * Converts the wire form of a {@link EnvironmentSetting} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function environmentSettingDeserializer(item: RestOutput.EnvironmentSettingOutput): EnvironmentSetting {
  return convertShape(item, environmentSettingFromWire) as unknown as EnvironmentSetting;
}

const exitCodeMappingToWire: Shape = ["code", ["exitOptions", 0, () => exitOptionsToWire]];

/**
 * Converts a {@link ExitCodeMapping} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function exitCodeMappingSerializer(item: ExitCodeMapping): Rest.ExitCodeMapping {
  return convertShape(item, exitCodeMappingToWire) as unknown as Rest.ExitCodeMapping;
}

const exitCodeMappingFromWire: Shape = ["code", ["exitOptions", 0, () => exitOptionsFromWire]];

/**
 * Converts the wire form of a {@link ExitCodeMapping} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function exitCodeMappingDeserializer(item: RestOutput.ExitCodeMappingOutput): ExitCodeMapping {
  return convertShape(item, exitCodeMappingFromWire) as unknown as ExitCodeMapping;
}

const exitCodeRangeMappingToWire: Shape = ["start", "end", ["exitOptions", 0, () => exitOptionsToWire]];

/**
 * Converts a {@link ExitCodeRangeMapping} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function exitCodeRangeMappingSerializer(item: ExitCodeRangeMapping): Rest.ExitCodeRangeMapping {
  return convertShape(item, exitCodeRangeMappingToWire) as unknown as Rest.ExitCodeRangeMapping;
}

const exitCodeRangeMappingFromWire: Shape = ["start", "end", ["exitOptions", 0, () => exitOptionsFromWire]];

/**
 * Converts the wire form of a {@link ExitCodeRangeMapping} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function exitCodeRangeMappingDeserializer(item: RestOutput.ExitCodeRangeMappingOutput): ExitCodeRangeMapping {
  return convertShape(item, exitCodeRangeMappingFromWire) as unknown as ExitCodeRangeMapping;
}

const exitConditionsToWire: Shape = [
  ["exitCodes", 0, { items: () => exitCodeMappingToWire }],
  ["exitCodeRanges", 0, { items: () => exitCodeRangeMappingToWire }],
  ["preProcessingError", 0, () => exitOptionsToWire],
  ["fileUploadError", 0, () => exitOptionsToWire],
  ["default", 0, () => exitOptionsToWire],
];

/**
 * Converts a {@link ExitConditions} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function exitConditionsSerializer(item: ExitConditions): Rest.ExitConditions {
  return convertShape(item, exitConditionsToWire) as unknown as Rest.ExitConditions;
}

const exitConditionsFromWire: Shape = [
  ["exitCodes", 0, { items: () => exitCodeMappingFromWire }],
  ["exitCodeRanges", 0, { items: () => exitCodeRangeMappingFromWire }],
  ["preProcessingError", 0, () => exitOptionsFromWire],
  ["fileUploadError", 0, () => exitOptionsFromWire],
  ["default", 0, () => exitOptionsFromWire],
];

/**
 * Converts the wire form of a {@link ExitConditions} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function exitConditionsDeserializer(item: RestOutput.ExitConditionsOutput): ExitConditions {
  return convertShape(item, exitConditionsFromWire) as unknown as ExitConditions;
}

const exitOptionsToWire: Shape = ["jobAction", "dependencyAction"];

/**
 * Converts a {@link ExitOptions} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function exitOptionsSerializer(item: ExitOptions): Rest.ExitOptions {
  return convertShape(item, exitOptionsToWire) as unknown as Rest.ExitOptions;
}

const exitOptionsFromWire: Shape = ["jobAction", "dependencyAction"];

/**
 * Converts the wire form of a {@link ExitOptions} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function exitOptionsDeserializer(item: RestOutput.ExitOptionsOutput): ExitOptions {
  return convertShape(item, exitOptionsFromWire) as unknown as ExitOptions;
}

const filePropertiesFromWire: Shape = [
  ["creationTime", 0, "date"],
  ["lastModified", 0, "date"],
  ["contentLength", 0, "number"],
  "contentType",
  "fileMode",
];

/**
 * Converts the wire form of a {@link FileProperties} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function filePropertiesDeserializer(item: RestOutput.FilePropertiesOutput): FileProperties {
  return convertShape(item, filePropertiesFromWire) as unknown as FileProperties;
}

const hardwareProfileToWire: Shape = [["vmSizeProperties", 0, () => vMSizePropertiesToWire]];

/**
 * Converts a {@link HardwareProfile} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function hardwareProfileSerializer(item: HardwareProfile): Rest.HardwareProfile {
  return convertShape(item, hardwareProfileToWire) as unknown as Rest.HardwareProfile;
}

const hardwareProfileFromWire: Shape = [["vmSizeProperties", 0, () => vMSizePropertiesFromWire]];

/**
 * Converts the wire form of a {@link HardwareProfile} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function hardwareProfileDeserializer(item: RestOutput.HardwareProfileOutput): HardwareProfile {
  return convertShape(item, hardwareProfileFromWire) as unknown as HardwareProfile;
}

const hostEndpointSettingsToWire: Shape = [
  ["inVmAccessControlProfileReferenceId", "inVMAccessControlProfileReferenceId"],
  "mode",
];

/**
 * Converts a {@link HostEndpointSettings} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function hostEndpointSettingsSerializer(item: HostEndpointSettings): Rest.HostEndpointSettings {
  return convertShape(item, hostEndpointSettingsToWire) as unknown as Rest.HostEndpointSettings;
}

const hostEndpointSettingsFromWire: Shape = [
  ["inVMAccessControlProfileReferenceId", "inVmAccessControlProfileReferenceId"],
  "mode",
];

/**
 * Converts the wire form of a {@link HostEndpointSettings} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function hostEndpointSettingsDeserializer(item: RestOutput.HostEndpointSettingsOutput): HostEndpointSettings {
  return convertShape(item, hostEndpointSettingsFromWire) as unknown as HostEndpointSettings;
}

const iPTagToWire: Shape = ["ipTagType", "tag"];

/**
 * Converts a {@link IPTag} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function iPTagSerializer(item: IPTag): Rest.IPTag {
  return convertShape(item, iPTagToWire) as unknown as Rest.IPTag;
}

const iPTagFromWire: Shape = ["ipTagType", "tag"];

/**
 * Converts the wire form of a {@link IPTag} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function iPTagDeserializer(item: RestOutput.IPTagOutput): IPTag {
  return convertShape(item, iPTagFromWire) as unknown as IPTag;
}

const inboundEndpointFromWire: Shape = [
  "name",
  "protocol",
  ["publicIPAddress", "publicIpAddress"],
  "publicFQDN",
  "frontendPort",
  "backendPort",
];

/**
 * Converts the wire form of a {@link InboundEndpoint} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function inboundEndpointDeserializer(item: RestOutput.InboundEndpointOutput): InboundEndpoint {
  return convertShape(item, inboundEndpointFromWire) as unknown as InboundEndpoint;
}

const instanceViewStatusFromWire: Shape = ["code", "displayStatus", "level", "message", ["time", 0, "date"]];

/**
 * Converts the wire form of a {@link InstanceViewStatus} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function instanceViewStatusDeserializer(item: RestOutput.InstanceViewStatusOutput): InstanceViewStatus {
  return convertShape(item, instanceViewStatusFromWire) as unknown as InstanceViewStatus;
}

const linuxUserConfigurationToWire: Shape = ["uid", "gid", "sshPrivateKey"];

/**
 * Converts a {@link LinuxUserConfiguration} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function linuxUserConfigurationSerializer(item: LinuxUserConfiguration): Rest.LinuxUserConfiguration {
  return convertShape(item, linuxUserConfigurationToWire) as unknown as Rest.LinuxUserConfiguration;
}

const linuxUserConfigurationFromWire: Shape = ["uid", "gid", "sshPrivateKey"];

/**
 * Converts the wire form of a {@link LinuxUserConfiguration} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function linuxUserConfigurationDeserializer(
  item: RestOutput.LinuxUserConfigurationOutput,
): LinuxUserConfiguration {
  return convertShape(item, linuxUserConfigurationFromWire) as unknown as LinuxUserConfiguration;
}

const managedDiskToWire: Shape = [
  ["diskEncryptionSet", 0, () => diskEncryptionSetParametersToWire],
  "storageAccountType",
  ["securityProfile", 0, () => batchVmDiskSecurityProfileToWire],
];

/**
 * Converts a {@link ManagedDisk} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function managedDiskSerializer(item: ManagedDisk): Rest.ManagedDisk {
  return convertShape(item, managedDiskToWire) as unknown as Rest.ManagedDisk;
}

const managedDiskFromWire: Shape = [
  ["diskEncryptionSet", 0, () => diskEncryptionSetParametersFromWire],
  "storageAccountType",
  ["securityProfile", 0, () => batchVmDiskSecurityProfileFromWire],
];

/**
 * Converts the wire form of a {@link ManagedDisk} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function managedDiskDeserializer(item: RestOutput.ManagedDiskOutput): ManagedDisk {
  return convertShape(item, managedDiskFromWire) as unknown as ManagedDisk;
}

const maxInstancePercentPerZonePolicyToWire: Shape = ["enabled", "value"];

/**
 * Converts a {@link MaxInstancePercentPerZonePolicy} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function maxInstancePercentPerZonePolicySerializer(
  item: MaxInstancePercentPerZonePolicy,
): Rest.MaxInstancePercentPerZonePolicy {
  return convertShape(item, maxInstancePercentPerZonePolicyToWire) as unknown as Rest.MaxInstancePercentPerZonePolicy;
}

const maxInstancePercentPerZonePolicyFromWire: Shape = ["enabled", "value"];

/**
 * Converts the wire form of a {@link MaxInstancePercentPerZonePolicy} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function maxInstancePercentPerZonePolicyDeserializer(
  item: RestOutput.MaxInstancePercentPerZonePolicyOutput,
): MaxInstancePercentPerZonePolicy {
  return convertShape(item, maxInstancePercentPerZonePolicyFromWire) as unknown as MaxInstancePercentPerZonePolicy;
}

const maxInstancePercentPerZonePolicyUpdateToWire: Shape = ["enabled", "value"];

/**
 * Converts a {@link MaxInstancePercentPerZonePolicyUpdate} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function maxInstancePercentPerZonePolicyUpdateSerializer(
  item: MaxInstancePercentPerZonePolicyUpdate,
): Rest.MaxInstancePercentPerZonePolicyUpdate {
  return convertShape(
    item,
    maxInstancePercentPerZonePolicyUpdateToWire,
  ) as unknown as Rest.MaxInstancePercentPerZonePolicyUpdate;
}

const mountConfigurationToWire: Shape = [
  ["azureBlobFileSystemConfiguration", 0, () => azureBlobFileSystemConfigurationToWire],
  ["nfsMountConfiguration", 0, () => nfsMountConfigurationToWire],
  ["cifsMountConfiguration", 0, () => cifsMountConfigurationToWire],
  ["azureFileShareConfiguration", 0, () => azureFileShareConfigurationToWire],
];

/**
 * Converts a {@link MountConfiguration} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function mountConfigurationSerializer(item: MountConfiguration): Rest.MountConfiguration {
  return convertShape(item, mountConfigurationToWire) as unknown as Rest.MountConfiguration;
}

const mountConfigurationFromWire: Shape = [
  ["azureBlobFileSystemConfiguration", 0, () => azureBlobFileSystemConfigurationFromWire],
  ["nfsMountConfiguration", 0, () => nfsMountConfigurationFromWire],
  ["cifsMountConfiguration", 0, () => cifsMountConfigurationFromWire],
  ["azureFileShareConfiguration", 0, () => azureFileShareConfigurationFromWire],
];

/**
 * Converts the wire form of a {@link MountConfiguration} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function mountConfigurationDeserializer(item: RestOutput.MountConfigurationOutput): MountConfiguration {
  return convertShape(item, mountConfigurationFromWire) as unknown as MountConfiguration;
}

const multiInstanceSettingsToWire: Shape = [
  "numberOfInstances",
  "coordinationCommandLine",
  ["commonResourceFiles", 0, { items: () => resourceFileToWire }],
];

/**
 * Converts a {@link MultiInstanceSettings} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function multiInstanceSettingsSerializer(item: MultiInstanceSettings): Rest.MultiInstanceSettings {
  return convertShape(item, multiInstanceSettingsToWire) as unknown as Rest.MultiInstanceSettings;
}

const multiInstanceSettingsFromWire: Shape = [
  "numberOfInstances",
  "coordinationCommandLine",
  ["commonResourceFiles", 0, { items: () => resourceFileFromWire }],
];

/**
 * Converts the wire form of a {@link MultiInstanceSettings} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function multiInstanceSettingsDeserializer(item: RestOutput.MultiInstanceSettingsOutput): MultiInstanceSettings {
  return convertShape(item, multiInstanceSettingsFromWire) as unknown as MultiInstanceSettings;
}

const nameValuePairToWire: Shape = ["name", "value"];

/**
 * Converts a {@link NameValuePair} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function nameValuePairSerializer(item: NameValuePair): Rest.NameValuePair {
  return convertShape(item, nameValuePairToWire) as unknown as Rest.NameValuePair;
}

const nameValuePairFromWire: Shape = ["name", "value"];

/**
 * Converts the wire form of a {@link NameValuePair} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function nameValuePairDeserializer(item: RestOutput.NameValuePairOutput): NameValuePair {
  return convertShape(item, nameValuePairFromWire) as unknown as NameValuePair;
}

const networkConfigurationToWire: Shape = [
  "subnetId",
  ["dynamicVnetAssignmentScope", "dynamicVNetAssignmentScope"],
  ["endpointConfiguration", 0, () => batchPoolEndpointConfigurationToWire],
  ["publicIpAddressConfiguration", "publicIPAddressConfiguration", () => batchPublicIpAddressConfigurationToWire],
  "enableAcceleratedNetworking",
];

/**
 * Converts a {@link NetworkConfiguration} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function networkConfigurationSerializer(item: NetworkConfiguration): Rest.NetworkConfiguration {
  return convertShape(item, networkConfigurationToWire) as unknown as Rest.NetworkConfiguration;
}

const networkConfigurationFromWire: Shape = [
  "subnetId",
  ["dynamicVNetAssignmentScope", "dynamicVnetAssignmentScope"],
  ["endpointConfiguration", 0, () => batchPoolEndpointConfigurationFromWire],
  ["publicIPAddressConfiguration", "publicIpAddressConfiguration", () => batchPublicIpAddressConfigurationFromWire],
  "enableAcceleratedNetworking",
];

/**
 * Converts the wire form of a {@link NetworkConfiguration} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function networkConfigurationDeserializer(item: RestOutput.NetworkConfigurationOutput): NetworkConfiguration {
  return convertShape(item, networkConfigurationFromWire) as unknown as NetworkConfiguration;
}

const networkConfigurationUpdateToWire: Shape = [
  "subnetId",
  ["dynamicVnetAssignmentScope", "dynamicVNetAssignmentScope"],
  ["endpointConfiguration", 0, () => batchPoolEndpointConfigurationUpdateToWire],
  ["publicIpAddressConfiguration", "publicIPAddressConfiguration", () => batchPublicIpAddressConfigurationToWire],
  "enableAcceleratedNetworking",
];

/**
 * Converts a {@link NetworkConfigurationUpdate} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function networkConfigurationUpdateSerializer(
  item: NetworkConfigurationUpdate,
): Rest.NetworkConfigurationUpdate {
  return convertShape(item, networkConfigurationUpdateToWire) as unknown as Rest.NetworkConfigurationUpdate;
}

const networkSecurityGroupRuleToWire: Shape = ["priority", "access", "sourceAddressPrefix", "sourcePortRanges"];

/**
 * Converts a {@link NetworkSecurityGroupRule} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function networkSecurityGroupRuleSerializer(item: NetworkSecurityGroupRule): Rest.NetworkSecurityGroupRule {
  return convertShape(item, networkSecurityGroupRuleToWire) as unknown as Rest.NetworkSecurityGroupRule;
}

const networkSecurityGroupRuleFromWire: Shape = ["priority", "access", "sourceAddressPrefix", "sourcePortRanges"];

/**
 * Converts the wire form of a {@link NetworkSecurityGroupRule} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function networkSecurityGroupRuleDeserializer(
  item: RestOutput.NetworkSecurityGroupRuleOutput,
): NetworkSecurityGroupRule {
  return convertShape(item, networkSecurityGroupRuleFromWire) as unknown as NetworkSecurityGroupRule;
}

const nfsMountConfigurationToWire: Shape = ["source", "relativeMountPath", "mountOptions"];

/**
 * Converts a {@link NfsMountConfiguration} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function nfsMountConfigurationSerializer(item: NfsMountConfiguration): Rest.NfsMountConfiguration {
  return convertShape(item, nfsMountConfigurationToWire) as unknown as Rest.NfsMountConfiguration;
}

const nfsMountConfigurationFromWire: Shape = ["source", "relativeMountPath", "mountOptions"];

/**
 * Converts the wire form of a {@link NfsMountConfiguration} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function nfsMountConfigurationDeserializer(item: RestOutput.NfsMountConfigurationOutput): NfsMountConfiguration {
  return convertShape(item, nfsMountConfigurationFromWire) as unknown as NfsMountConfiguration;
}

const outputFileToWire: Shape = [
  "filePattern",
  ["destination", 0, () => outputFileDestinationToWire],
  ["uploadOptions", 0, () => outputFileUploadConfigToWire],
];

/**
 * Converts a {@link OutputFile} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function outputFileSerializer(item: OutputFile): Rest.OutputFile {
  return convertShape(item, outputFileToWire) as unknown as Rest.OutputFile;
}

const outputFileFromWire: Shape = [
  "filePattern",
  ["destination", 0, () => outputFileDestinationFromWire],
  ["uploadOptions", 0, () => outputFileUploadConfigFromWire],
];

/**
 * Converts the wire form of a {@link OutputFile} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function outputFileDeserializer(item: RestOutput.OutputFileOutput): OutputFile {
  return convertShape(item, outputFileFromWire) as unknown as OutputFile;
}

const outputFileBlobContainerDestinationToWire: Shape = [
  "path",
  "containerUrl",
  ["identityReference", 0, () => batchNodeIdentityReferenceToWire],
  ["uploadHeaders", 0, { items: () => outputFileUploadHeaderToWire }],
];

/**
 * Converts a {@link OutputFileBlobContainerDestination} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function outputFileBlobContainerDestinationSerializer(
  item: OutputFileBlobContainerDestination,
): Rest.OutputFileBlobContainerDestination {
  return convertShape(
    item,
    outputFileBlobContainerDestinationToWire,
  ) as unknown as Rest.OutputFileBlobContainerDestination;
}

const outputFileBlobContainerDestinationFromWire: Shape = [
  "path",
  "containerUrl",
  ["identityReference", 0, () => batchNodeIdentityReferenceFromWire],
  ["uploadHeaders", 0, { items: () => outputFileUploadHeaderFromWire }],
];

/**
 * Converts the wire form of a {@link OutputFileBlobContainerDestination} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function outputFileBlobContainerDestinationDeserializer(
  item: RestOutput.OutputFileBlobContainerDestinationOutput,
): OutputFileBlobContainerDestination {
  return convertShape(
    item,
    outputFileBlobContainerDestinationFromWire,
  ) as unknown as OutputFileBlobContainerDestination;
}

const outputFileDestinationToWire: Shape = [["container", 0, () => outputFileBlobContainerDestinationToWire]];

/**
 * Converts a {@link OutputFileDestination} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function outputFileDestinationSerializer(item: OutputFileDestination): Rest.OutputFileDestination {
  return convertShape(item, outputFileDestinationToWire) as unknown as Rest.OutputFileDestination;
}

const outputFileDestinationFromWire: Shape = [["container", 0, () => outputFileBlobContainerDestinationFromWire]];

/**
 * Converts the wire form of a {@link OutputFileDestination} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function outputFileDestinationDeserializer(item: RestOutput.OutputFileDestinationOutput): OutputFileDestination {
  return convertShape(item, outputFileDestinationFromWire) as unknown as OutputFileDestination;
}

const outputFileUploadConfigToWire: Shape = ["uploadCondition"];

/**
 * Converts a {@link OutputFileUploadConfig} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function outputFileUploadConfigSerializer(item: OutputFileUploadConfig): Rest.OutputFileUploadConfig {
  return convertShape(item, outputFileUploadConfigToWire) as unknown as Rest.OutputFileUploadConfig;
}

const outputFileUploadConfigFromWire: Shape = ["uploadCondition"];

/**
 * Converts the wire form of a {@link OutputFileUploadConfig} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function outputFileUploadConfigDeserializer(
  item: RestOutput.OutputFileUploadConfigOutput,
): OutputFileUploadConfig {
  return convertShape(item, outputFileUploadConfigFromWire) as unknown as OutputFileUploadConfig;
}

const outputFileUploadHeaderToWire: Shape = ["name", "value"];

/**
 * Converts a {@link OutputFileUploadHeader} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function outputFileUploadHeaderSerializer(item: OutputFileUploadHeader): Rest.OutputFileUploadHeader {
  return convertShape(item, outputFileUploadHeaderToWire) as unknown as Rest.OutputFileUploadHeader;
}

const outputFileUploadHeaderFromWire: Shape = ["name", "value"];

/**
 * Converts the wire form of a {@link OutputFileUploadHeader} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function outputFileUploadHeaderDeserializer(
  item: RestOutput.OutputFileUploadHeaderOutput,
): OutputFileUploadHeader {
  return convertShape(item, outputFileUploadHeaderFromWire) as unknown as OutputFileUploadHeader;
}

const placementToWire: Shape = ["zonePlacementPolicy"];

/**
 * Converts a {@link Placement} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function placementSerializer(item: Placement): Rest.Placement {
  return convertShape(item, placementToWire) as unknown as Rest.Placement;
}

const placementFromWire: Shape = ["zonePlacementPolicy"];

/**
 * Converts the wire form of a {@link Placement} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function placementDeserializer(item: RestOutput.PlacementOutput): Placement {
  return convertShape(item, placementFromWire) as unknown as Placement;
}

const placementUpdateToWire: Shape = ["zonePlacementPolicy"];

/**
 * Converts a {@link PlacementUpdate} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function placementUpdateSerializer(item: PlacementUpdate): Rest.PlacementUpdate {
  return convertShape(item, placementUpdateToWire) as unknown as Rest.PlacementUpdate;
}

const proxyAgentSettingsToWire: Shape = [
  "enabled",
  ["imds", 0, () => hostEndpointSettingsToWire],
  ["wireServer", 0, () => hostEndpointSettingsToWire],
];

/**
 * Converts a {@link ProxyAgentSettings} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function proxyAgentSettingsSerializer(item: ProxyAgentSettings): Rest.ProxyAgentSettings {
  return convertShape(item, proxyAgentSettingsToWire) as unknown as Rest.ProxyAgentSettings;
}

const proxyAgentSettingsFromWire: Shape = [
  "enabled",
  ["imds", 0, () => hostEndpointSettingsFromWire],
  ["wireServer", 0, () => hostEndpointSettingsFromWire],
];

/**
 * Converts the wire form of a {@link ProxyAgentSettings} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function proxyAgentSettingsDeserializer(item: RestOutput.ProxyAgentSettingsOutput): ProxyAgentSettings {
  return convertShape(item, proxyAgentSettingsFromWire) as unknown as ProxyAgentSettings;
}

const recentBatchJobToWire: Shape = ["id", "url"];

/**
 * Converts a {@link RecentBatchJob} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function recentBatchJobSerializer(item: RecentBatchJob): Rest.RecentBatchJob {
  return convertShape(item, recentBatchJobToWire) as unknown as Rest.RecentBatchJob;
}

const recentBatchJobFromWire: Shape = ["id", "url"];

/**
 * Converts the wire form of a {@link RecentBatchJob} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function recentBatchJobDeserializer(item: RestOutput.RecentBatchJobOutput): RecentBatchJob {
  return convertShape(item, recentBatchJobFromWire) as unknown as RecentBatchJob;
}

const resiliencyPolicyToWire: Shape = [["zoneAllocationPolicy", 0, () => zoneAllocationPolicyToWire]];

/**
 * Converts a {@link ResiliencyPolicy} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function resiliencyPolicySerializer(item: ResiliencyPolicy): Rest.ResiliencyPolicy {
  return convertShape(item, resiliencyPolicyToWire) as unknown as Rest.ResiliencyPolicy;
}

const resiliencyPolicyFromWire: Shape = [["zoneAllocationPolicy", 0, () => zoneAllocationPolicyFromWire]];

/**
 * Converts the wire form of a {@link ResiliencyPolicy} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function resiliencyPolicyDeserializer(item: RestOutput.ResiliencyPolicyOutput): ResiliencyPolicy {
  return convertShape(item, resiliencyPolicyFromWire) as unknown as ResiliencyPolicy;
}

const resiliencyPolicyUpdateToWire: Shape = [["zoneAllocationPolicy", 0, () => zoneAllocationPolicyUpdateToWire]];

/**
 * Converts a {@link ResiliencyPolicyUpdate} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function resiliencyPolicyUpdateSerializer(item: ResiliencyPolicyUpdate): Rest.ResiliencyPolicyUpdate {
  return convertShape(item, resiliencyPolicyUpdateToWire) as unknown as Rest.ResiliencyPolicyUpdate;
}

const resizeErrorFromWire: Shape = ["code", "message", ["values", 0, { items: () => nameValuePairFromWire }]];

/**
 * Converts the wire form of a {@link ResizeError} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function resizeErrorDeserializer(item: RestOutput.ResizeErrorOutput): ResizeError {
  return convertShape(item, resizeErrorFromWire) as unknown as ResizeError;
}

const resourceFileToWire: Shape = [
  "autoStorageContainerName",
  "storageContainerUrl",
  "httpUrl",
  "blobPrefix",
  "filePath",
  "fileMode",
  ["identityReference", 0, () => batchNodeIdentityReferenceToWire],
];

/**
 * Converts a {@link ResourceFile} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function resourceFileSerializer(item: ResourceFile): Rest.ResourceFile {
  return convertShape(item, resourceFileToWire) as unknown as Rest.ResourceFile;
}

const resourceFileFromWire: Shape = [
  "autoStorageContainerName",
  "storageContainerUrl",
  "httpUrl",
  "blobPrefix",
  "filePath",
  "fileMode",
  ["identityReference", 0, () => batchNodeIdentityReferenceFromWire],
];

/**
 * Converts the wire form of a {@link ResourceFile} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function resourceFileDeserializer(item: RestOutput.ResourceFileOutput): ResourceFile {
  return convertShape(item, resourceFileFromWire) as unknown as ResourceFile;
}

const rollingUpgradePolicyToWire: Shape = [
  "enableCrossZoneUpgrade",
  "maxBatchInstancePercent",
  "maxUnhealthyInstancePercent",
  "maxUnhealthyUpgradedInstancePercent",
  "pauseTimeBetweenBatches",
  "prioritizeUnhealthyInstances",
  "rollbackFailedInstancesOnPolicyBreach",
];

/**
 * Converts a {@link RollingUpgradePolicy} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function rollingUpgradePolicySerializer(item: RollingUpgradePolicy): Rest.RollingUpgradePolicy {
  return convertShape(item, rollingUpgradePolicyToWire) as unknown as Rest.RollingUpgradePolicy;
}

const rollingUpgradePolicyFromWire: Shape = [
  "enableCrossZoneUpgrade",
  "maxBatchInstancePercent",
  "maxUnhealthyInstancePercent",
  "maxUnhealthyUpgradedInstancePercent",
  "pauseTimeBetweenBatches",
  "prioritizeUnhealthyInstances",
  "rollbackFailedInstancesOnPolicyBreach",
];

/**
 * Converts the wire form of a {@link RollingUpgradePolicy} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function rollingUpgradePolicyDeserializer(item: RestOutput.RollingUpgradePolicyOutput): RollingUpgradePolicy {
  return convertShape(item, rollingUpgradePolicyFromWire) as unknown as RollingUpgradePolicy;
}

const securityProfileToWire: Shape = [
  "encryptionAtHost",
  ["proxyAgentSettings", 0, () => proxyAgentSettingsToWire],
  "securityType",
  ["uefiSettings", 0, () => batchUefiSettingsToWire],
];

/**
 * Converts a {@link SecurityProfile} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function securityProfileSerializer(item: SecurityProfile): Rest.SecurityProfile {
  return convertShape(item, securityProfileToWire) as unknown as Rest.SecurityProfile;
}

const securityProfileFromWire: Shape = [
  "encryptionAtHost",
  ["proxyAgentSettings", 0, () => proxyAgentSettingsFromWire],
  "securityType",
  ["uefiSettings", 0, () => batchUefiSettingsFromWire],
];

/**
 * Converts the wire form of a {@link SecurityProfile} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function securityProfileDeserializer(item: RestOutput.SecurityProfileOutput): SecurityProfile {
  return convertShape(item, securityProfileFromWire) as unknown as SecurityProfile;
}

const serviceArtifactReferenceToWire: Shape = ["id"];

/**
 * Converts a {@link ServiceArtifactReference} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function serviceArtifactReferenceSerializer(item: ServiceArtifactReference): Rest.ServiceArtifactReference {
  return convertShape(item, serviceArtifactReferenceToWire) as unknown as Rest.ServiceArtifactReference;
}

const serviceArtifactReferenceFromWire: Shape = ["id"];

/**
 * Converts the wire form of a {@link ServiceArtifactReference} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function serviceArtifactReferenceDeserializer(
  item: RestOutput.ServiceArtifactReferenceOutput,
): ServiceArtifactReference {
  return convertShape(item, serviceArtifactReferenceFromWire) as unknown as ServiceArtifactReference;
}

const serviceArtifactReferenceUpdateToWire: Shape = ["id"];

/**
 * Converts a {@link ServiceArtifactReferenceUpdate} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function serviceArtifactReferenceUpdateSerializer(
  item: ServiceArtifactReferenceUpdate,
): Rest.ServiceArtifactReferenceUpdate {
  return convertShape(item, serviceArtifactReferenceUpdateToWire) as unknown as Rest.ServiceArtifactReferenceUpdate;
}

const upgradePolicyToWire: Shape = [
  "mode",
  ["automaticOsUpgradePolicy", "automaticOSUpgradePolicy", () => automaticOsUpgradePolicyToWire],
  ["rollingUpgradePolicy", 0, () => rollingUpgradePolicyToWire],
];

/**
 * Converts a {@link UpgradePolicy} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function upgradePolicySerializer(item: UpgradePolicy): Rest.UpgradePolicy {
  return convertShape(item, upgradePolicyToWire) as unknown as Rest.UpgradePolicy;
}

const upgradePolicyFromWire: Shape = [
  "mode",
  ["automaticOSUpgradePolicy", "automaticOsUpgradePolicy", () => automaticOsUpgradePolicyFromWire],
  ["rollingUpgradePolicy", 0, () => rollingUpgradePolicyFromWire],
];

/**
 * Converts the wire form of a {@link UpgradePolicy} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function upgradePolicyDeserializer(item: RestOutput.UpgradePolicyOutput): UpgradePolicy {
  return convertShape(item, upgradePolicyFromWire) as unknown as UpgradePolicy;
}

const upgradePolicyUpdateToWire: Shape = [
  "mode",
  ["automaticOsUpgradePolicy", "automaticOSUpgradePolicy", () => automaticOsUpgradePolicyToWire],
  ["rollingUpgradePolicy", 0, () => rollingUpgradePolicyToWire],
];

/**
 * Converts a {@link UpgradePolicyUpdate} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function upgradePolicyUpdateSerializer(item: UpgradePolicyUpdate): Rest.UpgradePolicyUpdate {
  return convertShape(item, upgradePolicyUpdateToWire) as unknown as Rest.UpgradePolicyUpdate;
}

const uploadBatchServiceLogsOptionsToWire: Shape = [
  "containerUrl",
  ["startTime", 0, "iso"],
  ["endTime", 0, "iso"],
  ["identityReference", 0, () => batchNodeIdentityReferenceToWire],
];

/**
 * Converts a {@link UploadBatchServiceLogsOptions} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function uploadBatchServiceLogsOptionsSerializer(
  item: UploadBatchServiceLogsOptions,
): Rest.UploadBatchServiceLogsOptions {
  return convertShape(item, uploadBatchServiceLogsOptionsToWire) as unknown as Rest.UploadBatchServiceLogsOptions;
}

const uploadBatchServiceLogsResultFromWire: Shape = ["virtualDirectoryName", "numberOfFilesUploaded"];

/**
 * Converts the wire form of a {@link UploadBatchServiceLogsResult} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function uploadBatchServiceLogsResultDeserializer(
  item: RestOutput.UploadBatchServiceLogsResultOutput,
): UploadBatchServiceLogsResult {
  return convertShape(item, uploadBatchServiceLogsResultFromWire) as unknown as UploadBatchServiceLogsResult;
}

const userAccountToWire: Shape = [
  "name",
  "password",
  "elevationLevel",
  ["linuxUserConfiguration", 0, () => linuxUserConfigurationToWire],
  ["windowsUserConfiguration", 0, () => windowsUserConfigurationToWire],
];

/**
 * Converts a {@link UserAccount} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function userAccountSerializer(item: UserAccount): Rest.UserAccount {
  return convertShape(item, userAccountToWire) as unknown as Rest.UserAccount;
}

const userAccountFromWire: Shape = [
  "name",
  "password",
  "elevationLevel",
  ["linuxUserConfiguration", 0, () => linuxUserConfigurationFromWire],
  ["windowsUserConfiguration", 0, () => windowsUserConfigurationFromWire],
];

/**
 * Converts the wire form of a {@link UserAccount} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function userAccountDeserializer(item: RestOutput.UserAccountOutput): UserAccount {
  return convertShape(item, userAccountFromWire) as unknown as UserAccount;
}

const userIdentityToWire: Shape = ["username", ["autoUser", 0, () => autoUserSpecificationToWire]];

/**
 * Converts a {@link UserIdentity} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function userIdentitySerializer(item: UserIdentity): Rest.UserIdentity {
  return convertShape(item, userIdentityToWire) as unknown as Rest.UserIdentity;
}

const userIdentityFromWire: Shape = ["username", ["autoUser", 0, () => autoUserSpecificationFromWire]];

/**
 * Converts the wire form of a {@link UserIdentity} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function userIdentityDeserializer(item: RestOutput.UserIdentityOutput): UserIdentity {
  return convertShape(item, userIdentityFromWire) as unknown as UserIdentity;
}

const vMExtensionToWire: Shape = [
  "name",
  "publisher",
  "type",
  "typeHandlerVersion",
  "autoUpgradeMinorVersion",
  "enableAutomaticUpgrade",
  "settings",
  "protectedSettings",
  "provisionAfterExtensions",
];

/**
 * Converts a {@link VMExtension} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function vMExtensionSerializer(item: VMExtension): Rest.VMExtension {
  return convertShape(item, vMExtensionToWire) as unknown as Rest.VMExtension;
}

const vMExtensionFromWire: Shape = [
  "name",
  "publisher",
  "type",
  "typeHandlerVersion",
  "autoUpgradeMinorVersion",
  "enableAutomaticUpgrade",
  "settings",
  "protectedSettings",
  "provisionAfterExtensions",
];

/**
 * Converts the wire form of a {@link VMExtension} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function vMExtensionDeserializer(item: RestOutput.VMExtensionOutput): VMExtension {
  return convertShape(item, vMExtensionFromWire) as unknown as VMExtension;
}

const vMExtensionInstanceViewFromWire: Shape = [
  "name",
  ["statuses", 0, { items: () => instanceViewStatusFromWire }],
  ["subStatuses", 0, { items: () => instanceViewStatusFromWire }],
];

/**
 * Converts the wire form of a {@link VMExtensionInstanceView} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function vMExtensionInstanceViewDeserializer(
  item: RestOutput.VMExtensionInstanceViewOutput,
): VMExtensionInstanceView {
  return convertShape(item, vMExtensionInstanceViewFromWire) as unknown as VMExtensionInstanceView;
}

const vMSizePropertiesToWire: Shape = ["vCPUsAvailable", "vCPUsPerCore"];

/**
 * Converts a {@link VMSizeProperties} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function vMSizePropertiesSerializer(item: VMSizeProperties): Rest.VMSizeProperties {
  return convertShape(item, vMSizePropertiesToWire) as unknown as Rest.VMSizeProperties;
}

const vMSizePropertiesFromWire: Shape = ["vCPUsAvailable", "vCPUsPerCore"];

/**
 * Converts the wire form of a {@link VMSizeProperties} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function vMSizePropertiesDeserializer(item: RestOutput.VMSizePropertiesOutput): VMSizeProperties {
  return convertShape(item, vMSizePropertiesFromWire) as unknown as VMSizeProperties;
}

const virtualMachineConfigurationToWire: Shape = [
  ["imageReference", 0, () => batchVmImageReferenceToWire],
  ["nodeAgentSkuId", "nodeAgentSKUId"],
  ["windowsConfiguration", 0, () => windowsConfigurationToWire],
  ["dataDisks", 0, { items: () => dataDiskToWire }],
  "licenseType",
  ["containerConfiguration", 0, () => batchContainerConfigurationToWire],
  ["diskEncryptionConfiguration", 0, () => diskEncryptionConfigurationToWire],
  ["nodePlacementConfiguration", 0, () => batchNodePlacementConfigurationToWire],
  ["extensions", 0, { items: () => vMExtensionToWire }],
  ["osDisk", 0, () => batchOsDiskToWire],
  ["securityProfile", 0, () => securityProfileToWire],
  ["serviceArtifactReference", 0, () => serviceArtifactReferenceToWire],
  ["hardwareProfile", 0, () => hardwareProfileToWire],
  ["placement", 0, () => placementToWire],
  ["resiliencyPolicy", 0, () => resiliencyPolicyToWire],
];

/**
 * Converts a {@link VirtualMachineConfiguration} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function virtualMachineConfigurationSerializer(
  item: VirtualMachineConfiguration,
): Rest.VirtualMachineConfiguration {
  return convertShape(item, virtualMachineConfigurationToWire) as unknown as Rest.VirtualMachineConfiguration;
}

const virtualMachineConfigurationFromWire: Shape = [
  ["imageReference", 0, () => batchVmImageReferenceFromWire],
  ["nodeAgentSKUId", "nodeAgentSkuId"],
  ["windowsConfiguration", 0, () => windowsConfigurationFromWire],
  ["dataDisks", 0, { items: () => dataDiskFromWire }],
  "licenseType",
  ["containerConfiguration", 0, () => batchContainerConfigurationFromWire],
  ["diskEncryptionConfiguration", 0, () => diskEncryptionConfigurationFromWire],
  ["nodePlacementConfiguration", 0, () => batchNodePlacementConfigurationFromWire],
  ["extensions", 0, { items: () => vMExtensionFromWire }],
  ["osDisk", 0, () => batchOsDiskFromWire],
  ["securityProfile", 0, () => securityProfileFromWire],
  ["serviceArtifactReference", 0, () => serviceArtifactReferenceFromWire],
  ["hardwareProfile", 0, () => hardwareProfileFromWire],
  ["placement", 0, () => placementFromWire],
  ["resiliencyPolicy", 0, () => resiliencyPolicyFromWire],
];

/**
 * Converts the wire form of a {@link VirtualMachineConfiguration} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function virtualMachineConfigurationDeserializer(
  item: RestOutput.VirtualMachineConfigurationOutput,
): VirtualMachineConfiguration {
  return convertShape(item, virtualMachineConfigurationFromWire) as unknown as VirtualMachineConfiguration;
}

const virtualMachineConfigurationUpdateToWire: Shape = [
  ["imageReference", 0, () => batchVmImageReferenceToWire],
  ["nodeAgentSkuId", "nodeAgentSKUId"],
  ["windowsConfiguration", 0, () => windowsConfigurationToWire],
  ["dataDisks", 0, { items: () => dataDiskToWire }],
  "licenseType",
  ["containerConfiguration", 0, () => batchContainerConfigurationUpdateToWire],
  ["diskEncryptionConfiguration", 0, () => diskEncryptionConfigurationToWire],
  ["nodePlacementConfiguration", 0, () => batchNodePlacementConfigurationToWire],
  ["extensions", 0, { items: () => vMExtensionToWire }],
  ["osDisk", 0, () => batchOsDiskToWire],
  ["securityProfile", 0, () => securityProfileToWire],
  ["serviceArtifactReference", 0, () => serviceArtifactReferenceUpdateToWire],
  ["hardwareProfile", 0, () => hardwareProfileToWire],
  ["placement", 0, () => placementUpdateToWire],
  ["resiliencyPolicy", 0, () => resiliencyPolicyUpdateToWire],
];

/**
 * Converts a {@link VirtualMachineConfigurationUpdate} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function virtualMachineConfigurationUpdateSerializer(
  item: VirtualMachineConfigurationUpdate,
): Rest.VirtualMachineConfigurationUpdate {
  return convertShape(
    item,
    virtualMachineConfigurationUpdateToWire,
  ) as unknown as Rest.VirtualMachineConfigurationUpdate;
}

const virtualMachineInfoFromWire: Shape = [
  ["imageReference", 0, () => batchVmImageReferenceFromWire],
  "scaleSetVmResourceId",
];

/**
 * Converts the wire form of a {@link VirtualMachineInfo} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function virtualMachineInfoDeserializer(item: RestOutput.VirtualMachineInfoOutput): VirtualMachineInfo {
  return convertShape(item, virtualMachineInfoFromWire) as unknown as VirtualMachineInfo;
}

const virtualMachineSkuProfileToWire: Shape = [
  ["vmSizes", 0, { items: () => virtualMachineSkuProfileVmSizeToWire }],
  "allocationStrategy",
];

/**
 * Converts a {@link VirtualMachineSkuProfile} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function virtualMachineSkuProfileSerializer(item: VirtualMachineSkuProfile): Rest.VirtualMachineSkuProfile {
  return convertShape(item, virtualMachineSkuProfileToWire) as unknown as Rest.VirtualMachineSkuProfile;
}

const virtualMachineSkuProfileFromWire: Shape = [
  ["vmSizes", 0, { items: () => virtualMachineSkuProfileVmSizeFromWire }],
  "allocationStrategy",
];

/**
 * Converts the wire form of a {@link VirtualMachineSkuProfile} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function virtualMachineSkuProfileDeserializer(
  item: RestOutput.VirtualMachineSkuProfileOutput,
): VirtualMachineSkuProfile {
  return convertShape(item, virtualMachineSkuProfileFromWire) as unknown as VirtualMachineSkuProfile;
}

const virtualMachineSkuProfileVmSizeToWire: Shape = ["name", "rank"];

/**
 * Converts a {@link VirtualMachineSkuProfileVmSize} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function virtualMachineSkuProfileVmSizeSerializer(
  item: VirtualMachineSkuProfileVmSize,
): Rest.VirtualMachineSkuProfileVmSize {
  return convertShape(item, virtualMachineSkuProfileVmSizeToWire) as unknown as Rest.VirtualMachineSkuProfileVmSize;
}

const virtualMachineSkuProfileVmSizeFromWire: Shape = ["name", "rank"];

/**
 * Converts the wire form of a {@link VirtualMachineSkuProfileVmSize} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function virtualMachineSkuProfileVmSizeDeserializer(
  item: RestOutput.VirtualMachineSkuProfileVmSizeOutput,
): VirtualMachineSkuProfileVmSize {
  return convertShape(item, virtualMachineSkuProfileVmSizeFromWire) as unknown as VirtualMachineSkuProfileVmSize;
}

const windowsConfigurationToWire: Shape = ["enableAutomaticUpdates"];

/**
 * Converts a {@link WindowsConfiguration} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function windowsConfigurationSerializer(item: WindowsConfiguration): Rest.WindowsConfiguration {
  return convertShape(item, windowsConfigurationToWire) as unknown as Rest.WindowsConfiguration;
}

const windowsConfigurationFromWire: Shape = ["enableAutomaticUpdates"];

/**
 * Converts the wire form of a {@link WindowsConfiguration} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function windowsConfigurationDeserializer(item: RestOutput.WindowsConfigurationOutput): WindowsConfiguration {
  return convertShape(item, windowsConfigurationFromWire) as unknown as WindowsConfiguration;
}

const windowsUserConfigurationToWire: Shape = ["loginMode"];

/**
 * Converts a {@link WindowsUserConfiguration} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function windowsUserConfigurationSerializer(item: WindowsUserConfiguration): Rest.WindowsUserConfiguration {
  return convertShape(item, windowsUserConfigurationToWire) as unknown as Rest.WindowsUserConfiguration;
}

const windowsUserConfigurationFromWire: Shape = ["loginMode"];

/**
 * Converts the wire form of a {@link WindowsUserConfiguration} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function windowsUserConfigurationDeserializer(
  item: RestOutput.WindowsUserConfigurationOutput,
): WindowsUserConfiguration {
  return convertShape(item, windowsUserConfigurationFromWire) as unknown as WindowsUserConfiguration;
}

const zoneAllocationPolicyToWire: Shape = [
  "maxZoneCount",
  ["maxInstancePercentPerZonePolicy", 0, () => maxInstancePercentPerZonePolicyToWire],
];

/**
 * Converts a {@link ZoneAllocationPolicy} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function zoneAllocationPolicySerializer(item: ZoneAllocationPolicy): Rest.ZoneAllocationPolicy {
  return convertShape(item, zoneAllocationPolicyToWire) as unknown as Rest.ZoneAllocationPolicy;
}

const zoneAllocationPolicyFromWire: Shape = [
  "maxZoneCount",
  ["maxInstancePercentPerZonePolicy", 0, () => maxInstancePercentPerZonePolicyFromWire],
];

/**
 * Converts the wire form of a {@link ZoneAllocationPolicy} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function zoneAllocationPolicyDeserializer(item: RestOutput.ZoneAllocationPolicyOutput): ZoneAllocationPolicy {
  return convertShape(item, zoneAllocationPolicyFromWire) as unknown as ZoneAllocationPolicy;
}

const zoneAllocationPolicyUpdateToWire: Shape = [
  "maxZoneCount",
  ["maxInstancePercentPerZonePolicy", 0, () => maxInstancePercentPerZonePolicyUpdateToWire],
];

/**
 * Converts a {@link ZoneAllocationPolicyUpdate} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function zoneAllocationPolicyUpdateSerializer(
  item: ZoneAllocationPolicyUpdate,
): Rest.ZoneAllocationPolicyUpdate {
  return convertShape(item, zoneAllocationPolicyUpdateToWire) as unknown as Rest.ZoneAllocationPolicyUpdate;
}
