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
import { omitUndefined } from "./static-helpers/serialization.js";

/**
 * Converts the wire form of a {@link AutoScaleRun} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function autoScaleRunDeserializer(item: RestOutput.AutoScaleRunOutput): AutoScaleRun {
  return omitUndefined({
    timestamp: item.timestamp === undefined ? undefined : new Date(item.timestamp),
    results: item.results,
    error: item.error === undefined ? undefined : autoScaleRunErrorDeserializer(item.error),
  }) as AutoScaleRun;
}

/**
 * Converts the wire form of a {@link AutoScaleRunError} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function autoScaleRunErrorDeserializer(item: RestOutput.AutoScaleRunErrorOutput): AutoScaleRunError {
  return omitUndefined({
    code: item.code,
    message: item.message,
    values: item.values === undefined ? undefined : item.values.map((p) => nameValuePairDeserializer(p)),
  }) as AutoScaleRunError;
}

/**
 * Converts a {@link AutoUserSpecification} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function autoUserSpecificationSerializer(item: AutoUserSpecification): Rest.AutoUserSpecification {
  return omitUndefined({
    scope: item.scope,
    elevationLevel: item.elevationLevel,
  }) as Rest.AutoUserSpecification;
}

/**
 * Converts the wire form of a {@link AutoUserSpecification} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function autoUserSpecificationDeserializer(item: RestOutput.AutoUserSpecificationOutput): AutoUserSpecification {
  return omitUndefined({
    scope: item.scope,
    elevationLevel: item.elevationLevel,
  }) as AutoUserSpecification;
}

/**
 * Converts a {@link AutomaticOsUpgradePolicy} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function automaticOsUpgradePolicySerializer(item: AutomaticOsUpgradePolicy): Rest.AutomaticOsUpgradePolicy {
  return omitUndefined({
    disableAutomaticRollback: item.disableAutomaticRollback,
    enableAutomaticOSUpgrade: item.enableAutomaticOsUpgrade,
    useRollingUpgradePolicy: item.useRollingUpgradePolicy,
    osRollingUpgradeDeferral: item.osRollingUpgradeDeferral,
  }) as Rest.AutomaticOsUpgradePolicy;
}

/**
 * Converts the wire form of a {@link AutomaticOsUpgradePolicy} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function automaticOsUpgradePolicyDeserializer(
  item: RestOutput.AutomaticOsUpgradePolicyOutput,
): AutomaticOsUpgradePolicy {
  return omitUndefined({
    disableAutomaticRollback: item.disableAutomaticRollback,
    enableAutomaticOsUpgrade: item.enableAutomaticOSUpgrade,
    useRollingUpgradePolicy: item.useRollingUpgradePolicy,
    osRollingUpgradeDeferral: item.osRollingUpgradeDeferral,
  }) as AutomaticOsUpgradePolicy;
}

/**
 * Converts a {@link AzureBlobFileSystemConfiguration} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function azureBlobFileSystemConfigurationSerializer(
  item: AzureBlobFileSystemConfiguration,
): Rest.AzureBlobFileSystemConfiguration {
  return omitUndefined({
    accountName: item.accountName,
    containerName: item.containerName,
    accountKey: item.accountKey,
    sasKey: item.sasKey,
    blobfuseOptions: item.blobfuseOptions,
    relativeMountPath: item.relativeMountPath,
    identityReference:
      item.identityReference === undefined ? undefined : batchNodeIdentityReferenceSerializer(item.identityReference),
  }) as Rest.AzureBlobFileSystemConfiguration;
}

/**
 * Converts the wire form of a {@link AzureBlobFileSystemConfiguration} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function azureBlobFileSystemConfigurationDeserializer(
  item: RestOutput.AzureBlobFileSystemConfigurationOutput,
): AzureBlobFileSystemConfiguration {
  return omitUndefined({
    accountName: item.accountName,
    containerName: item.containerName,
    accountKey: item.accountKey,
    sasKey: item.sasKey,
    blobfuseOptions: item.blobfuseOptions,
    relativeMountPath: item.relativeMountPath,
    identityReference:
      item.identityReference === undefined ? undefined : batchNodeIdentityReferenceDeserializer(item.identityReference),
  }) as AzureBlobFileSystemConfiguration;
}

/**
 * Converts a {@link AzureFileShareConfiguration} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function azureFileShareConfigurationSerializer(
  item: AzureFileShareConfiguration,
): Rest.AzureFileShareConfiguration {
  return omitUndefined({
    accountName: item.accountName,
    accountKey: item.accountKey,
    azureFileUrl: item.azureFileUrl,
    relativeMountPath: item.relativeMountPath,
    mountOptions: item.mountOptions,
  }) as Rest.AzureFileShareConfiguration;
}

/**
 * Converts the wire form of a {@link AzureFileShareConfiguration} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function azureFileShareConfigurationDeserializer(
  item: RestOutput.AzureFileShareConfigurationOutput,
): AzureFileShareConfiguration {
  return omitUndefined({
    accountName: item.accountName,
    accountKey: item.accountKey,
    azureFileUrl: item.azureFileUrl,
    relativeMountPath: item.relativeMountPath,
    mountOptions: item.mountOptions,
  }) as AzureFileShareConfiguration;
}

/**
 * Converts the wire form of a {@link BatchAccountListSupportedImagesResult} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchAccountListSupportedImagesResultDeserializer(
  item: RestOutput.BatchAccountListSupportedImagesResultOutput,
): BatchAccountListSupportedImagesResult {
  return omitUndefined({
    value: item.value === undefined ? undefined : item.value.map((p) => batchSupportedImageDeserializer(p)),
    odataNextLink: item["odata.nextLink"],
  }) as BatchAccountListSupportedImagesResult;
}

/**
 * Converts a {@link BatchAffinityInfo} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchAffinityInfoSerializer(item: BatchAffinityInfo): Rest.BatchAffinityInfo {
  return omitUndefined({
    affinityId: item.affinityId,
  }) as Rest.BatchAffinityInfo;
}

/**
 * Converts the wire form of a {@link BatchAffinityInfo} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchAffinityInfoDeserializer(item: RestOutput.BatchAffinityInfoOutput): BatchAffinityInfo {
  return omitUndefined({
    affinityId: item.affinityId,
  }) as BatchAffinityInfo;
}

/**
 * Converts the wire form of a {@link BatchApplication} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchApplicationDeserializer(item: RestOutput.BatchApplicationOutput): BatchApplication {
  return omitUndefined({
    id: item.id,
    displayName: item.displayName,
    versions: item.versions,
  }) as BatchApplication;
}

/**
 * Converts the wire form of a {@link BatchApplicationListResult} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchApplicationListResultDeserializer(
  item: RestOutput.BatchApplicationListResultOutput,
): BatchApplicationListResult {
  return omitUndefined({
    value: item.value === undefined ? undefined : item.value.map((p) => batchApplicationDeserializer(p)),
    odataNextLink: item["odata.nextLink"],
  }) as BatchApplicationListResult;
}

/**
 * Converts a {@link BatchApplicationPackageReference} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchApplicationPackageReferenceSerializer(
  item: BatchApplicationPackageReference,
): Rest.BatchApplicationPackageReference {
  return omitUndefined({
    applicationId: item.applicationId,
    version: item.version,
  }) as Rest.BatchApplicationPackageReference;
}

/**
 * Converts the wire form of a {@link BatchApplicationPackageReference} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchApplicationPackageReferenceDeserializer(
  item: RestOutput.BatchApplicationPackageReferenceOutput,
): BatchApplicationPackageReference {
  return omitUndefined({
    applicationId: item.applicationId,
    version: item.version,
  }) as BatchApplicationPackageReference;
}

/**
 * Converts a {@link BatchAutoPoolSpecification} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchAutoPoolSpecificationSerializer(
  item: BatchAutoPoolSpecification,
): Rest.BatchAutoPoolSpecification {
  return omitUndefined({
    autoPoolIdPrefix: item.autoPoolIdPrefix,
    poolLifetimeOption: item.poolLifetimeOption,
    keepAlive: item.keepAlive,
    pool: item.pool === undefined ? undefined : batchPoolSpecificationSerializer(item.pool),
  }) as Rest.BatchAutoPoolSpecification;
}

/**
 * Converts the wire form of a {@link BatchAutoPoolSpecification} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchAutoPoolSpecificationDeserializer(
  item: RestOutput.BatchAutoPoolSpecificationOutput,
): BatchAutoPoolSpecification {
  return omitUndefined({
    autoPoolIdPrefix: item.autoPoolIdPrefix,
    poolLifetimeOption: item.poolLifetimeOption,
    keepAlive: item.keepAlive,
    pool: item.pool === undefined ? undefined : batchPoolSpecificationDeserializer(item.pool),
  }) as BatchAutoPoolSpecification;
}

/**
 * Converts a {@link BatchAutoPoolSpecificationUpdate} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchAutoPoolSpecificationUpdateSerializer(
  item: BatchAutoPoolSpecificationUpdate,
): Rest.BatchAutoPoolSpecificationUpdate {
  return omitUndefined({
    autoPoolIdPrefix: item.autoPoolIdPrefix,
    poolLifetimeOption: item.poolLifetimeOption,
    keepAlive: item.keepAlive,
    pool: item.pool === undefined ? undefined : batchPoolSpecificationUpdateSerializer(item.pool),
  }) as Rest.BatchAutoPoolSpecificationUpdate;
}

/**
 * Converts a {@link BatchContainerConfiguration} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchContainerConfigurationSerializer(
  item: BatchContainerConfiguration,
): Rest.BatchContainerConfiguration {
  return omitUndefined({
    type: item.type,
    containerImageNames: item.containerImageNames,
    containerRegistries:
      item.containerRegistries === undefined
        ? undefined
        : item.containerRegistries.map((p) => containerRegistryReferenceSerializer(p)),
  }) as Rest.BatchContainerConfiguration;
}

/**
 * Converts the wire form of a {@link BatchContainerConfiguration} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchContainerConfigurationDeserializer(
  item: RestOutput.BatchContainerConfigurationOutput,
): BatchContainerConfiguration {
  return omitUndefined({
    type: item.type,
    containerImageNames: item.containerImageNames,
    containerRegistries:
      item.containerRegistries === undefined
        ? undefined
        : item.containerRegistries.map((p) => containerRegistryReferenceDeserializer(p)),
  }) as BatchContainerConfiguration;
}

/**
 * Converts a {@link BatchContainerConfigurationUpdate} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchContainerConfigurationUpdateSerializer(
  item: BatchContainerConfigurationUpdate,
): Rest.BatchContainerConfigurationUpdate {
  return omitUndefined({
    type: item.type,
    containerImageNames: item.containerImageNames,
    containerRegistries:
      item.containerRegistries === undefined
        ? undefined
        : item.containerRegistries.map((p) => containerRegistryReferenceSerializer(p)),
  }) as Rest.BatchContainerConfigurationUpdate;
}

/**
 * Converts the wire form of a {@link BatchCreateTaskCollectionResult} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchCreateTaskCollectionResultDeserializer(
  item: RestOutput.BatchCreateTaskCollectionResultOutput,
): BatchCreateTaskCollectionResult {
  return omitUndefined({
    values: item.value === undefined ? undefined : item.value.map((p) => batchTaskCreateResultDeserializer(p)),
  }) as BatchCreateTaskCollectionResult;
}

/**
 * Converts a {@link BatchDiffDiskSettings} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchDiffDiskSettingsSerializer(item: BatchDiffDiskSettings): Rest.BatchDiffDiskSettings {
  return omitUndefined({
    placement: item.placement,
  }) as Rest.BatchDiffDiskSettings;
}

/**
 * Converts the wire form of a {@link BatchDiffDiskSettings} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchDiffDiskSettingsDeserializer(item: RestOutput.BatchDiffDiskSettingsOutput): BatchDiffDiskSettings {
  return omitUndefined({
    placement: item.placement,
  }) as BatchDiffDiskSettings;
}

/**
 * Converts the wire form of a {@link BatchErrorBody} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchErrorBodyDeserializer(item: RestOutput.BatchErrorOutput): BatchErrorBody {
  return omitUndefined({
    code: item.code,
    message: item.message === undefined ? undefined : batchErrorMessageDeserializer(item.message),
    values: item.values === undefined ? undefined : item.values.map((p) => batchErrorBodyDetailDeserializer(p)),
  }) as BatchErrorBody;
}

/**
 * Converts the wire form of a {@link BatchErrorBodyDetail} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchErrorBodyDetailDeserializer(item: RestOutput.BatchErrorDetailOutput): BatchErrorBodyDetail {
  return omitUndefined({
    key: item.key,
    value: item.value,
  }) as BatchErrorBodyDetail;
}

/**
 * Converts the wire form of a {@link BatchErrorMessage} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchErrorMessageDeserializer(item: RestOutput.BatchErrorMessageOutput): BatchErrorMessage {
  return omitUndefined({
    lang: item.lang,
    value: item.value,
  }) as BatchErrorMessage;
}

/**
 * Converts a {@link BatchInboundNatPool} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchInboundNatPoolSerializer(item: BatchInboundNatPool): Rest.BatchInboundNatPool {
  return omitUndefined({
    name: item.name,
    protocol: item.protocol,
    backendPort: item.backendPort,
    frontendPortRangeStart: item.frontendPortRangeStart,
    frontendPortRangeEnd: item.frontendPortRangeEnd,
    networkSecurityGroupRules:
      item.networkSecurityGroupRules === undefined
        ? undefined
        : item.networkSecurityGroupRules.map((p) => networkSecurityGroupRuleSerializer(p)),
  }) as Rest.BatchInboundNatPool;
}

/**
 * Converts the wire form of a {@link BatchInboundNatPool} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchInboundNatPoolDeserializer(item: RestOutput.BatchInboundNatPoolOutput): BatchInboundNatPool {
  return omitUndefined({
    name: item.name,
    protocol: item.protocol,
    backendPort: item.backendPort,
    frontendPortRangeStart: item.frontendPortRangeStart,
    frontendPortRangeEnd: item.frontendPortRangeEnd,
    networkSecurityGroupRules:
      item.networkSecurityGroupRules === undefined
        ? undefined
        : item.networkSecurityGroupRules.map((p) => networkSecurityGroupRuleDeserializer(p)),
  }) as BatchInboundNatPool;
}

/**
 * Converts a {@link BatchJob} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchJobSerializer(item: BatchJob): Rest.BatchJob {
  return omitUndefined({
    priority: item.priority,
    allowTaskPreemption: item.allowTaskPreemption,
    maxParallelTasks: item.maxParallelTasks,
    constraints: item.constraints === undefined ? undefined : batchJobConstraintsSerializer(item.constraints),
    poolInfo: batchPoolInfoSerializer(item.poolInfo),
    onAllTasksComplete: item.allTasksCompleteMode,
    metadata: item.metadata === undefined ? undefined : item.metadata.map((p) => batchMetadataItemSerializer(p)),
  }) as Rest.BatchJob;
}

/**
 * Converts the wire form of a {@link BatchJob} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchJobDeserializer(item: RestOutput.BatchJobOutput): BatchJob {
  return omitUndefined({
    id: item.id,
    displayName: item.displayName,
    usesTaskDependencies: item.usesTaskDependencies,
    url: item.url,
    eTag: item.eTag,
    lastModified: item.lastModified === undefined ? undefined : new Date(item.lastModified),
    creationTime: item.creationTime === undefined ? undefined : new Date(item.creationTime),
    state: item.state,
    stateTransitionTime: item.stateTransitionTime === undefined ? undefined : new Date(item.stateTransitionTime),
    previousState: item.previousState,
    previousStateTransitionTime:
      item.previousStateTransitionTime === undefined ? undefined : new Date(item.previousStateTransitionTime),
    priority: item.priority,
    allowTaskPreemption: item.allowTaskPreemption,
    maxParallelTasks: item.maxParallelTasks,
    constraints: item.constraints === undefined ? undefined : batchJobConstraintsDeserializer(item.constraints),
    jobManagerTask:
      item.jobManagerTask === undefined ? undefined : batchJobManagerTaskDeserializer(item.jobManagerTask),
    jobPreparationTask:
      item.jobPreparationTask === undefined ? undefined : batchJobPreparationTaskDeserializer(item.jobPreparationTask),
    jobReleaseTask:
      item.jobReleaseTask === undefined ? undefined : batchJobReleaseTaskDeserializer(item.jobReleaseTask),
    commonEnvironmentSettings:
      item.commonEnvironmentSettings === undefined
        ? undefined
        : item.commonEnvironmentSettings.map((p) => environmentSettingDeserializer(p)),
    poolInfo: item.poolInfo === undefined ? undefined : batchPoolInfoDeserializer(item.poolInfo),
    allTasksCompleteMode: item.onAllTasksComplete,
    taskFailureMode: item.onTaskFailure,
    networkConfiguration:
      item.networkConfiguration === undefined
        ? undefined
        : batchJobNetworkConfigurationDeserializer(item.networkConfiguration),
    metadata: item.metadata === undefined ? undefined : item.metadata.map((p) => batchMetadataItemDeserializer(p)),
    executionInfo: item.executionInfo === undefined ? undefined : batchJobExecutionInfoDeserializer(item.executionInfo),
    jobStatistics: item.stats === undefined ? undefined : batchJobStatisticsDeserializer(item.stats),
  }) as BatchJob;
}

/**
 * Converts a {@link BatchJobConstraints} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchJobConstraintsSerializer(item: BatchJobConstraints): Rest.BatchJobConstraints {
  return omitUndefined({
    maxWallClockTime: item.maxWallClockTime,
    maxTaskRetryCount: item.maxTaskRetryCount,
  }) as Rest.BatchJobConstraints;
}

/**
 * Converts the wire form of a {@link BatchJobConstraints} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchJobConstraintsDeserializer(item: RestOutput.BatchJobConstraintsOutput): BatchJobConstraints {
  return omitUndefined({
    maxWallClockTime: item.maxWallClockTime,
    maxTaskRetryCount: item.maxTaskRetryCount,
  }) as BatchJobConstraints;
}

/**
 * Converts a {@link BatchJobCreateOptions} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchJobCreateOptionsSerializer(item: BatchJobCreateOptions): Rest.BatchJobCreateOptions {
  return omitUndefined({
    id: item.id,
    displayName: item.displayName,
    usesTaskDependencies: item.usesTaskDependencies,
    priority: item.priority,
    allowTaskPreemption: item.allowTaskPreemption,
    maxParallelTasks: item.maxParallelTasks,
    constraints: item.constraints === undefined ? undefined : batchJobConstraintsSerializer(item.constraints),
    jobManagerTask: item.jobManagerTask === undefined ? undefined : batchJobManagerTaskSerializer(item.jobManagerTask),
    jobPreparationTask:
      item.jobPreparationTask === undefined ? undefined : batchJobPreparationTaskSerializer(item.jobPreparationTask),
    jobReleaseTask: item.jobReleaseTask === undefined ? undefined : batchJobReleaseTaskSerializer(item.jobReleaseTask),
    commonEnvironmentSettings:
      item.commonEnvironmentSettings === undefined
        ? undefined
        : item.commonEnvironmentSettings.map((p) => environmentSettingSerializer(p)),
    poolInfo: batchPoolInfoSerializer(item.poolInfo),
    onAllTasksComplete: item.allTasksCompleteMode,
    onTaskFailure: item.taskFailureMode,
    networkConfiguration:
      item.networkConfiguration === undefined
        ? undefined
        : batchJobNetworkConfigurationSerializer(item.networkConfiguration),
    metadata: item.metadata === undefined ? undefined : item.metadata.map((p) => batchMetadataItemSerializer(p)),
  }) as Rest.BatchJobCreateOptions;
}

/**
 * Converts a {@link BatchJobDisableOptions} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchJobDisableOptionsSerializer(item: BatchJobDisableOptions): Rest.BatchJobDisableOptions {
  return omitUndefined({
    disableTasks: item.disableTasks,
  }) as Rest.BatchJobDisableOptions;
}

/**
 * Converts a {@link BatchJobExecutionInfo} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchJobExecutionInfoSerializer(item: BatchJobExecutionInfo): Rest.BatchJobExecutionInfo {
  return omitUndefined({
    startTime: item.startTime.toISOString(),
    endTime: item.endTime === undefined ? undefined : item.endTime.toISOString(),
    poolId: item.poolId,
    schedulingError:
      item.schedulingError === undefined ? undefined : batchJobSchedulingErrorSerializer(item.schedulingError),
    terminateReason: item.terminationReason,
  }) as Rest.BatchJobExecutionInfo;
}

/**
 * Converts the wire form of a {@link BatchJobExecutionInfo} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchJobExecutionInfoDeserializer(item: RestOutput.BatchJobExecutionInfoOutput): BatchJobExecutionInfo {
  return omitUndefined({
    startTime: item.startTime === undefined ? undefined : new Date(item.startTime),
    endTime: item.endTime === undefined ? undefined : new Date(item.endTime),
    poolId: item.poolId,
    schedulingError:
      item.schedulingError === undefined ? undefined : batchJobSchedulingErrorDeserializer(item.schedulingError),
    terminationReason: item.terminateReason,
  }) as BatchJobExecutionInfo;
}

/**
 * Converts the wire form of a {@link BatchJobListResult} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchJobListResultDeserializer(item: RestOutput.BatchJobListResultOutput): BatchJobListResult {
  return omitUndefined({
    value: item.value === undefined ? undefined : item.value.map((p) => batchJobDeserializer(p)),
    odataNextLink: item["odata.nextLink"],
  }) as BatchJobListResult;
}

/**
 * Converts a {@link BatchJobManagerTask} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchJobManagerTaskSerializer(item: BatchJobManagerTask): Rest.BatchJobManagerTask {
  return omitUndefined({
    id: item.id,
    displayName: item.displayName,
    commandLine: item.commandLine,
    containerSettings:
      item.containerSettings === undefined ? undefined : batchTaskContainerSettingsSerializer(item.containerSettings),
    resourceFiles:
      item.resourceFiles === undefined ? undefined : item.resourceFiles.map((p) => resourceFileSerializer(p)),
    outputFiles: item.outputFiles === undefined ? undefined : item.outputFiles.map((p) => outputFileSerializer(p)),
    environmentSettings:
      item.environmentSettings === undefined
        ? undefined
        : item.environmentSettings.map((p) => environmentSettingSerializer(p)),
    constraints: item.constraints === undefined ? undefined : batchTaskConstraintsSerializer(item.constraints),
    requiredSlots: item.requiredSlots,
    killJobOnCompletion: item.killJobOnCompletion,
    userIdentity: item.userIdentity === undefined ? undefined : userIdentitySerializer(item.userIdentity),
    runExclusive: item.runExclusive,
    applicationPackageReferences:
      item.applicationPackageReferences === undefined
        ? undefined
        : item.applicationPackageReferences.map((p) => batchApplicationPackageReferenceSerializer(p)),
    allowLowPriorityNode: item.allowLowPriorityNode,
  }) as Rest.BatchJobManagerTask;
}

/**
 * Converts the wire form of a {@link BatchJobManagerTask} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchJobManagerTaskDeserializer(item: RestOutput.BatchJobManagerTaskOutput): BatchJobManagerTask {
  return omitUndefined({
    id: item.id,
    displayName: item.displayName,
    commandLine: item.commandLine,
    containerSettings:
      item.containerSettings === undefined ? undefined : batchTaskContainerSettingsDeserializer(item.containerSettings),
    resourceFiles:
      item.resourceFiles === undefined ? undefined : item.resourceFiles.map((p) => resourceFileDeserializer(p)),
    outputFiles: item.outputFiles === undefined ? undefined : item.outputFiles.map((p) => outputFileDeserializer(p)),
    environmentSettings:
      item.environmentSettings === undefined
        ? undefined
        : item.environmentSettings.map((p) => environmentSettingDeserializer(p)),
    constraints: item.constraints === undefined ? undefined : batchTaskConstraintsDeserializer(item.constraints),
    requiredSlots: item.requiredSlots,
    killJobOnCompletion: item.killJobOnCompletion,
    userIdentity: item.userIdentity === undefined ? undefined : userIdentityDeserializer(item.userIdentity),
    runExclusive: item.runExclusive,
    applicationPackageReferences:
      item.applicationPackageReferences === undefined
        ? undefined
        : item.applicationPackageReferences.map((p) => batchApplicationPackageReferenceDeserializer(p)),
    allowLowPriorityNode: item.allowLowPriorityNode,
  }) as BatchJobManagerTask;
}

/**
 * Converts a {@link BatchJobManagerTaskUpdate} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchJobManagerTaskUpdateSerializer(item: BatchJobManagerTaskUpdate): Rest.BatchJobManagerTaskUpdate {
  return omitUndefined({
    id: item.id,
    displayName: item.displayName,
    commandLine: item.commandLine,
    containerSettings:
      item.containerSettings === undefined
        ? undefined
        : batchTaskContainerSettingsUpdateSerializer(item.containerSettings),
    resourceFiles:
      item.resourceFiles === undefined ? undefined : item.resourceFiles.map((p) => resourceFileSerializer(p)),
    outputFiles: item.outputFiles === undefined ? undefined : item.outputFiles.map((p) => outputFileSerializer(p)),
    environmentSettings:
      item.environmentSettings === undefined
        ? undefined
        : item.environmentSettings.map((p) => environmentSettingSerializer(p)),
    constraints: item.constraints === undefined ? undefined : batchTaskConstraintsSerializer(item.constraints),
    requiredSlots: item.requiredSlots,
    killJobOnCompletion: item.killJobOnCompletion,
    userIdentity: item.userIdentity === undefined ? undefined : userIdentitySerializer(item.userIdentity),
    runExclusive: item.runExclusive,
    applicationPackageReferences:
      item.applicationPackageReferences === undefined
        ? undefined
        : item.applicationPackageReferences.map((p) => batchApplicationPackageReferenceSerializer(p)),
    allowLowPriorityNode: item.allowLowPriorityNode,
  }) as Rest.BatchJobManagerTaskUpdate;
}

/**
 * Converts a {@link BatchJobNetworkConfiguration} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchJobNetworkConfigurationSerializer(
  item: BatchJobNetworkConfiguration,
): Rest.BatchJobNetworkConfiguration {
  return omitUndefined({
    subnetId: item.subnetId,
    skipWithdrawFromVNet: item.skipWithdrawFromVnet,
  }) as Rest.BatchJobNetworkConfiguration;
}

/**
 * Converts the wire form of a {@link BatchJobNetworkConfiguration} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchJobNetworkConfigurationDeserializer(
  item: RestOutput.BatchJobNetworkConfigurationOutput,
): BatchJobNetworkConfiguration {
  return omitUndefined({
    subnetId: item.subnetId,
    skipWithdrawFromVnet: item.skipWithdrawFromVNet,
  }) as BatchJobNetworkConfiguration;
}

/**
 * Converts a {@link BatchJobNetworkConfigurationUpdate} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchJobNetworkConfigurationUpdateSerializer(
  item: BatchJobNetworkConfigurationUpdate,
): Rest.BatchJobNetworkConfigurationUpdate {
  return omitUndefined({
    subnetId: item.subnetId,
    skipWithdrawFromVNet: item.skipWithdrawFromVnet,
  }) as Rest.BatchJobNetworkConfigurationUpdate;
}

/**
 * Converts the wire form of a {@link BatchJobPreparationAndReleaseTaskStatus} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchJobPreparationAndReleaseTaskStatusDeserializer(
  item: RestOutput.BatchJobPreparationAndReleaseTaskStatusOutput,
): BatchJobPreparationAndReleaseTaskStatus {
  return omitUndefined({
    poolId: item.poolId,
    nodeId: item.nodeId,
    nodeUrl: item.nodeUrl,
    jobPreparationTaskExecutionInfo:
      item.jobPreparationTaskExecutionInfo === undefined
        ? undefined
        : batchJobPreparationTaskExecutionInfoDeserializer(item.jobPreparationTaskExecutionInfo),
    jobReleaseTaskExecutionInfo:
      item.jobReleaseTaskExecutionInfo === undefined
        ? undefined
        : batchJobReleaseTaskExecutionInfoDeserializer(item.jobReleaseTaskExecutionInfo),
  }) as BatchJobPreparationAndReleaseTaskStatus;
}

/**
 * Converts the wire form of a {@link BatchJobPreparationAndReleaseTaskStatusListResult} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchJobPreparationAndReleaseTaskStatusListResultDeserializer(
  item: RestOutput.BatchJobPreparationAndReleaseTaskStatusListResultOutput,
): BatchJobPreparationAndReleaseTaskStatusListResult {
  return omitUndefined({
    value:
      item.value === undefined
        ? undefined
        : item.value.map((p) => batchJobPreparationAndReleaseTaskStatusDeserializer(p)),
    odataNextLink: item["odata.nextLink"],
  }) as BatchJobPreparationAndReleaseTaskStatusListResult;
}

/**
 * Converts a {@link BatchJobPreparationTask} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchJobPreparationTaskSerializer(item: BatchJobPreparationTask): Rest.BatchJobPreparationTask {
  return omitUndefined({
    id: item.id,
    commandLine: item.commandLine,
    containerSettings:
      item.containerSettings === undefined ? undefined : batchTaskContainerSettingsSerializer(item.containerSettings),
    resourceFiles:
      item.resourceFiles === undefined ? undefined : item.resourceFiles.map((p) => resourceFileSerializer(p)),
    environmentSettings:
      item.environmentSettings === undefined
        ? undefined
        : item.environmentSettings.map((p) => environmentSettingSerializer(p)),
    constraints: item.constraints === undefined ? undefined : batchTaskConstraintsSerializer(item.constraints),
    waitForSuccess: item.waitForSuccess,
    userIdentity: item.userIdentity === undefined ? undefined : userIdentitySerializer(item.userIdentity),
    rerunOnNodeRebootAfterSuccess: item.rerunOnNodeRebootAfterSuccess,
  }) as Rest.BatchJobPreparationTask;
}

/**
 * Converts the wire form of a {@link BatchJobPreparationTask} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchJobPreparationTaskDeserializer(
  item: RestOutput.BatchJobPreparationTaskOutput,
): BatchJobPreparationTask {
  return omitUndefined({
    id: item.id,
    commandLine: item.commandLine,
    containerSettings:
      item.containerSettings === undefined ? undefined : batchTaskContainerSettingsDeserializer(item.containerSettings),
    resourceFiles:
      item.resourceFiles === undefined ? undefined : item.resourceFiles.map((p) => resourceFileDeserializer(p)),
    environmentSettings:
      item.environmentSettings === undefined
        ? undefined
        : item.environmentSettings.map((p) => environmentSettingDeserializer(p)),
    constraints: item.constraints === undefined ? undefined : batchTaskConstraintsDeserializer(item.constraints),
    waitForSuccess: item.waitForSuccess,
    userIdentity: item.userIdentity === undefined ? undefined : userIdentityDeserializer(item.userIdentity),
    rerunOnNodeRebootAfterSuccess: item.rerunOnNodeRebootAfterSuccess,
  }) as BatchJobPreparationTask;
}

/**
 * Converts the wire form of a {@link BatchJobPreparationTaskExecutionInfo} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchJobPreparationTaskExecutionInfoDeserializer(
  item: RestOutput.BatchJobPreparationTaskExecutionInfoOutput,
): BatchJobPreparationTaskExecutionInfo {
  return omitUndefined({
    startTime: item.startTime === undefined ? undefined : new Date(item.startTime),
    endTime: item.endTime === undefined ? undefined : new Date(item.endTime),
    state: item.state,
    taskRootDirectory: item.taskRootDirectory,
    taskRootDirectoryUrl: item.taskRootDirectoryUrl,
    exitCode: item.exitCode,
    containerInfo:
      item.containerInfo === undefined ? undefined : batchTaskContainerExecutionInfoDeserializer(item.containerInfo),
    failureInfo: item.failureInfo === undefined ? undefined : batchTaskFailureInfoDeserializer(item.failureInfo),
    retryCount: item.retryCount,
    lastRetryTime: item.lastRetryTime === undefined ? undefined : new Date(item.lastRetryTime),
    result: item.result,
  }) as BatchJobPreparationTaskExecutionInfo;
}

/**
 * Converts a {@link BatchJobPreparationTaskUpdate} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchJobPreparationTaskUpdateSerializer(
  item: BatchJobPreparationTaskUpdate,
): Rest.BatchJobPreparationTaskUpdate {
  return omitUndefined({
    id: item.id,
    commandLine: item.commandLine,
    containerSettings:
      item.containerSettings === undefined
        ? undefined
        : batchTaskContainerSettingsUpdateSerializer(item.containerSettings),
    resourceFiles:
      item.resourceFiles === undefined ? undefined : item.resourceFiles.map((p) => resourceFileSerializer(p)),
    environmentSettings:
      item.environmentSettings === undefined
        ? undefined
        : item.environmentSettings.map((p) => environmentSettingSerializer(p)),
    constraints: item.constraints === undefined ? undefined : batchTaskConstraintsSerializer(item.constraints),
    waitForSuccess: item.waitForSuccess,
    userIdentity: item.userIdentity === undefined ? undefined : userIdentitySerializer(item.userIdentity),
    rerunOnNodeRebootAfterSuccess: item.rerunOnNodeRebootAfterSuccess,
  }) as Rest.BatchJobPreparationTaskUpdate;
}

/**
 * Converts a {@link BatchJobReleaseTask} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchJobReleaseTaskSerializer(item: BatchJobReleaseTask): Rest.BatchJobReleaseTask {
  return omitUndefined({
    id: item.id,
    commandLine: item.commandLine,
    containerSettings:
      item.containerSettings === undefined ? undefined : batchTaskContainerSettingsSerializer(item.containerSettings),
    resourceFiles:
      item.resourceFiles === undefined ? undefined : item.resourceFiles.map((p) => resourceFileSerializer(p)),
    environmentSettings:
      item.environmentSettings === undefined
        ? undefined
        : item.environmentSettings.map((p) => environmentSettingSerializer(p)),
    maxWallClockTime: item.maxWallClockTime,
    retentionTime: item.retentionTime,
    userIdentity: item.userIdentity === undefined ? undefined : userIdentitySerializer(item.userIdentity),
  }) as Rest.BatchJobReleaseTask;
}

/**
 * Converts the wire form of a {@link BatchJobReleaseTask} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchJobReleaseTaskDeserializer(item: RestOutput.BatchJobReleaseTaskOutput): BatchJobReleaseTask {
  return omitUndefined({
    id: item.id,
    commandLine: item.commandLine,
    containerSettings:
      item.containerSettings === undefined ? undefined : batchTaskContainerSettingsDeserializer(item.containerSettings),
    resourceFiles:
      item.resourceFiles === undefined ? undefined : item.resourceFiles.map((p) => resourceFileDeserializer(p)),
    environmentSettings:
      item.environmentSettings === undefined
        ? undefined
        : item.environmentSettings.map((p) => environmentSettingDeserializer(p)),
    maxWallClockTime: item.maxWallClockTime,
    retentionTime: item.retentionTime,
    userIdentity: item.userIdentity === undefined ? undefined : userIdentityDeserializer(item.userIdentity),
  }) as BatchJobReleaseTask;
}

/**
 * Converts the wire form of a {@link BatchJobReleaseTaskExecutionInfo} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchJobReleaseTaskExecutionInfoDeserializer(
  item: RestOutput.BatchJobReleaseTaskExecutionInfoOutput,
): BatchJobReleaseTaskExecutionInfo {
  return omitUndefined({
    startTime: item.startTime === undefined ? undefined : new Date(item.startTime),
    endTime: item.endTime === undefined ? undefined : new Date(item.endTime),
    state: item.state,
    taskRootDirectory: item.taskRootDirectory,
    taskRootDirectoryUrl: item.taskRootDirectoryUrl,
    exitCode: item.exitCode,
    containerInfo:
      item.containerInfo === undefined ? undefined : batchTaskContainerExecutionInfoDeserializer(item.containerInfo),
    failureInfo: item.failureInfo === undefined ? undefined : batchTaskFailureInfoDeserializer(item.failureInfo),
    result: item.result,
  }) as BatchJobReleaseTaskExecutionInfo;
}

/**
 * Converts a {@link BatchJobReleaseTaskUpdate} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchJobReleaseTaskUpdateSerializer(item: BatchJobReleaseTaskUpdate): Rest.BatchJobReleaseTaskUpdate {
  return omitUndefined({
    id: item.id,
    commandLine: item.commandLine,
    containerSettings:
      item.containerSettings === undefined
        ? undefined
        : batchTaskContainerSettingsUpdateSerializer(item.containerSettings),
    resourceFiles:
      item.resourceFiles === undefined ? undefined : item.resourceFiles.map((p) => resourceFileSerializer(p)),
    environmentSettings:
      item.environmentSettings === undefined
        ? undefined
        : item.environmentSettings.map((p) => environmentSettingSerializer(p)),
    maxWallClockTime: item.maxWallClockTime,
    retentionTime: item.retentionTime,
    userIdentity: item.userIdentity === undefined ? undefined : userIdentitySerializer(item.userIdentity),
  }) as Rest.BatchJobReleaseTaskUpdate;
}

/**
 * Converts a {@link BatchJobSchedule} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchJobScheduleSerializer(item: BatchJobSchedule): Rest.BatchJobSchedule {
  return omitUndefined({
    schedule: item.schedule === undefined ? undefined : batchJobScheduleConfigurationSerializer(item.schedule),
    jobSpecification: batchJobSpecificationSerializer(item.jobSpecification),
    metadata: item.metadata === undefined ? undefined : item.metadata.map((p) => batchMetadataItemSerializer(p)),
  }) as Rest.BatchJobSchedule;
}

/**
 * Converts the wire form of a {@link BatchJobSchedule} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchJobScheduleDeserializer(item: RestOutput.BatchJobScheduleOutput): BatchJobSchedule {
  return omitUndefined({
    id: item.id,
    displayName: item.displayName,
    url: item.url,
    eTag: item.eTag,
    lastModified: item.lastModified === undefined ? undefined : new Date(item.lastModified),
    creationTime: item.creationTime === undefined ? undefined : new Date(item.creationTime),
    state: item.state,
    stateTransitionTime: item.stateTransitionTime === undefined ? undefined : new Date(item.stateTransitionTime),
    previousState: item.previousState,
    previousStateTransitionTime:
      item.previousStateTransitionTime === undefined ? undefined : new Date(item.previousStateTransitionTime),
    schedule: item.schedule === undefined ? undefined : batchJobScheduleConfigurationDeserializer(item.schedule),
    jobSpecification:
      item.jobSpecification === undefined ? undefined : batchJobSpecificationDeserializer(item.jobSpecification),
    executionInfo:
      item.executionInfo === undefined ? undefined : batchJobScheduleExecutionInfoDeserializer(item.executionInfo),
    metadata: item.metadata === undefined ? undefined : item.metadata.map((p) => batchMetadataItemDeserializer(p)),
    jobScheduleStatistics: item.stats === undefined ? undefined : batchJobScheduleStatisticsDeserializer(item.stats),
  }) as BatchJobSchedule;
}

/**
 * Converts a {@link BatchJobScheduleConfiguration} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchJobScheduleConfigurationSerializer(
  item: BatchJobScheduleConfiguration,
): Rest.BatchJobScheduleConfiguration {
  return omitUndefined({
    doNotRunUntil: item.doNotRunUntil === undefined ? undefined : item.doNotRunUntil.toISOString(),
    doNotRunAfter: item.doNotRunAfter === undefined ? undefined : item.doNotRunAfter.toISOString(),
    startWindow: item.startWindow,
    recurrenceInterval: item.recurrenceInterval,
  }) as Rest.BatchJobScheduleConfiguration;
}

/**
 * Converts the wire form of a {@link BatchJobScheduleConfiguration} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchJobScheduleConfigurationDeserializer(
  item: RestOutput.BatchJobScheduleConfigurationOutput,
): BatchJobScheduleConfiguration {
  return omitUndefined({
    doNotRunUntil: item.doNotRunUntil === undefined ? undefined : new Date(item.doNotRunUntil),
    doNotRunAfter: item.doNotRunAfter === undefined ? undefined : new Date(item.doNotRunAfter),
    startWindow: item.startWindow,
    recurrenceInterval: item.recurrenceInterval,
  }) as BatchJobScheduleConfiguration;
}

/**
 * Converts a {@link BatchJobScheduleCreateOptions} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchJobScheduleCreateOptionsSerializer(
  item: BatchJobScheduleCreateOptions,
): Rest.BatchJobScheduleCreateOptions {
  return omitUndefined({
    id: item.id,
    displayName: item.displayName,
    schedule: batchJobScheduleConfigurationSerializer(item.schedule),
    jobSpecification: batchJobSpecificationSerializer(item.jobSpecification),
    metadata: item.metadata === undefined ? undefined : item.metadata.map((p) => batchMetadataItemSerializer(p)),
  }) as Rest.BatchJobScheduleCreateOptions;
}

/**
 * Converts a {@link BatchJobScheduleExecutionInfo} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchJobScheduleExecutionInfoSerializer(
  item: BatchJobScheduleExecutionInfo,
): Rest.BatchJobScheduleExecutionInfo {
  return omitUndefined({
    nextRunTime: item.nextRunTime === undefined ? undefined : item.nextRunTime.toISOString(),
    recentJob: item.recentJob === undefined ? undefined : recentBatchJobSerializer(item.recentJob),
    endTime: item.endTime === undefined ? undefined : item.endTime.toISOString(),
  }) as Rest.BatchJobScheduleExecutionInfo;
}

/**
 * Converts the wire form of a {@link BatchJobScheduleExecutionInfo} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchJobScheduleExecutionInfoDeserializer(
  item: RestOutput.BatchJobScheduleExecutionInfoOutput,
): BatchJobScheduleExecutionInfo {
  return omitUndefined({
    nextRunTime: item.nextRunTime === undefined ? undefined : new Date(item.nextRunTime),
    recentJob: item.recentJob === undefined ? undefined : recentBatchJobDeserializer(item.recentJob),
    endTime: item.endTime === undefined ? undefined : new Date(item.endTime),
  }) as BatchJobScheduleExecutionInfo;
}

/**
 * Converts the wire form of a {@link BatchJobScheduleListResult} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchJobScheduleListResultDeserializer(
  item: RestOutput.BatchJobScheduleListResultOutput,
): BatchJobScheduleListResult {
  return omitUndefined({
    value: item.value === undefined ? undefined : item.value.map((p) => batchJobScheduleDeserializer(p)),
    odataNextLink: item["odata.nextLink"],
  }) as BatchJobScheduleListResult;
}

/**
 * Converts a {@link BatchJobScheduleStatistics} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchJobScheduleStatisticsSerializer(
  item: BatchJobScheduleStatistics,
): Rest.BatchJobScheduleStatistics {
  return omitUndefined({
    url: item.url,
    startTime: item.startTime.toISOString(),
    lastUpdateTime: item.lastUpdateTime.toISOString(),
    userCPUTime: item.userCpuTime,
    kernelCPUTime: item.kernelCpuTime,
    wallClockTime: item.wallClockTime,
    readIOps: String(item.readIops),
    writeIOps: String(item.writeIops),
    readIOGiB: item.readIoGiB,
    writeIOGiB: item.writeIoGiB,
    numSucceededTasks: String(item.succeededTasksCount),
    numFailedTasks: String(item.failedTasksCount),
    numTaskRetries: String(item.taskRetriesCount),
    waitTime: item.waitTime,
  }) as Rest.BatchJobScheduleStatistics;
}

/**
 * Converts the wire form of a {@link BatchJobScheduleStatistics} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchJobScheduleStatisticsDeserializer(
  item: RestOutput.BatchJobScheduleStatisticsOutput,
): BatchJobScheduleStatistics {
  return omitUndefined({
    url: item.url,
    startTime: item.startTime === undefined ? undefined : new Date(item.startTime),
    lastUpdateTime: item.lastUpdateTime === undefined ? undefined : new Date(item.lastUpdateTime),
    userCpuTime: item.userCPUTime,
    kernelCpuTime: item.kernelCPUTime,
    wallClockTime: item.wallClockTime,
    readIops: item.readIOps === undefined ? undefined : Number(item.readIOps),
    writeIops: item.writeIOps === undefined ? undefined : Number(item.writeIOps),
    readIoGiB: item.readIOGiB,
    writeIoGiB: item.writeIOGiB,
    succeededTasksCount: item.numSucceededTasks === undefined ? undefined : Number(item.numSucceededTasks),
    failedTasksCount: item.numFailedTasks === undefined ? undefined : Number(item.numFailedTasks),
    taskRetriesCount: item.numTaskRetries === undefined ? undefined : Number(item.numTaskRetries),
    waitTime: item.waitTime,
  }) as BatchJobScheduleStatistics;
}

/**
 * Converts a {@link BatchJobScheduleUpdateOptions} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchJobScheduleUpdateOptionsSerializer(
  item: BatchJobScheduleUpdateOptions,
): Rest.BatchJobScheduleUpdateOptions {
  return omitUndefined({
    schedule: item.schedule === undefined ? undefined : batchJobScheduleConfigurationSerializer(item.schedule),
    jobSpecification:
      item.jobSpecification === undefined ? undefined : batchJobSpecificationUpdateSerializer(item.jobSpecification),
    metadata: item.metadata === undefined ? undefined : item.metadata.map((p) => batchMetadataItemSerializer(p)),
  }) as Rest.BatchJobScheduleUpdateOptions;
}

/**
 * Converts a {@link BatchJobSchedulingError} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchJobSchedulingErrorSerializer(item: BatchJobSchedulingError): Rest.BatchJobSchedulingError {
  return omitUndefined({
    category: item.category,
    code: item.code,
    message: item.message,
    details: item.details === undefined ? undefined : item.details.map((p) => nameValuePairSerializer(p)),
  }) as Rest.BatchJobSchedulingError;
}

/**
 * Converts the wire form of a {@link BatchJobSchedulingError} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchJobSchedulingErrorDeserializer(
  item: RestOutput.BatchJobSchedulingErrorOutput,
): BatchJobSchedulingError {
  return omitUndefined({
    category: item.category,
    code: item.code,
    message: item.message,
    details: item.details === undefined ? undefined : item.details.map((p) => nameValuePairDeserializer(p)),
  }) as BatchJobSchedulingError;
}

/**
 * Converts a {@link BatchJobSpecification} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchJobSpecificationSerializer(item: BatchJobSpecification): Rest.BatchJobSpecification {
  return omitUndefined({
    priority: item.priority,
    allowTaskPreemption: item.allowTaskPreemption,
    maxParallelTasks: item.maxParallelTasks,
    displayName: item.displayName,
    usesTaskDependencies: item.usesTaskDependencies,
    onAllTasksComplete: item.allTasksCompleteMode,
    onTaskFailure: item.taskFailureMode,
    networkConfiguration:
      item.networkConfiguration === undefined
        ? undefined
        : batchJobNetworkConfigurationSerializer(item.networkConfiguration),
    constraints: item.constraints === undefined ? undefined : batchJobConstraintsSerializer(item.constraints),
    jobManagerTask: item.jobManagerTask === undefined ? undefined : batchJobManagerTaskSerializer(item.jobManagerTask),
    jobPreparationTask:
      item.jobPreparationTask === undefined ? undefined : batchJobPreparationTaskSerializer(item.jobPreparationTask),
    jobReleaseTask: item.jobReleaseTask === undefined ? undefined : batchJobReleaseTaskSerializer(item.jobReleaseTask),
    commonEnvironmentSettings:
      item.commonEnvironmentSettings === undefined
        ? undefined
        : item.commonEnvironmentSettings.map((p) => environmentSettingSerializer(p)),
    poolInfo: batchPoolInfoSerializer(item.poolInfo),
    metadata: item.metadata === undefined ? undefined : item.metadata.map((p) => batchMetadataItemSerializer(p)),
  }) as Rest.BatchJobSpecification;
}

/**
 * Converts the wire form of a {@link BatchJobSpecification} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchJobSpecificationDeserializer(item: RestOutput.BatchJobSpecificationOutput): BatchJobSpecification {
  return omitUndefined({
    priority: item.priority,
    allowTaskPreemption: item.allowTaskPreemption,
    maxParallelTasks: item.maxParallelTasks,
    displayName: item.displayName,
    usesTaskDependencies: item.usesTaskDependencies,
    allTasksCompleteMode: item.onAllTasksComplete,
    taskFailureMode: item.onTaskFailure,
    networkConfiguration:
      item.networkConfiguration === undefined
        ? undefined
        : batchJobNetworkConfigurationDeserializer(item.networkConfiguration),
    constraints: item.constraints === undefined ? undefined : batchJobConstraintsDeserializer(item.constraints),
    jobManagerTask:
      item.jobManagerTask === undefined ? undefined : batchJobManagerTaskDeserializer(item.jobManagerTask),
    jobPreparationTask:
      item.jobPreparationTask === undefined ? undefined : batchJobPreparationTaskDeserializer(item.jobPreparationTask),
    jobReleaseTask:
      item.jobReleaseTask === undefined ? undefined : batchJobReleaseTaskDeserializer(item.jobReleaseTask),
    commonEnvironmentSettings:
      item.commonEnvironmentSettings === undefined
        ? undefined
        : item.commonEnvironmentSettings.map((p) => environmentSettingDeserializer(p)),
    poolInfo: item.poolInfo === undefined ? undefined : batchPoolInfoDeserializer(item.poolInfo),
    metadata: item.metadata === undefined ? undefined : item.metadata.map((p) => batchMetadataItemDeserializer(p)),
  }) as BatchJobSpecification;
}

/**
 * Converts a {@link BatchJobSpecificationUpdate} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchJobSpecificationUpdateSerializer(
  item: BatchJobSpecificationUpdate,
): Rest.BatchJobSpecificationUpdate {
  return omitUndefined({
    priority: item.priority,
    allowTaskPreemption: item.allowTaskPreemption,
    maxParallelTasks: item.maxParallelTasks,
    displayName: item.displayName,
    usesTaskDependencies: item.usesTaskDependencies,
    onAllTasksComplete: item.allTasksCompleteMode,
    onTaskFailure: item.taskFailureMode,
    networkConfiguration:
      item.networkConfiguration === undefined
        ? undefined
        : batchJobNetworkConfigurationUpdateSerializer(item.networkConfiguration),
    constraints: item.constraints === undefined ? undefined : batchJobConstraintsSerializer(item.constraints),
    jobManagerTask:
      item.jobManagerTask === undefined ? undefined : batchJobManagerTaskUpdateSerializer(item.jobManagerTask),
    jobPreparationTask:
      item.jobPreparationTask === undefined
        ? undefined
        : batchJobPreparationTaskUpdateSerializer(item.jobPreparationTask),
    jobReleaseTask:
      item.jobReleaseTask === undefined ? undefined : batchJobReleaseTaskUpdateSerializer(item.jobReleaseTask),
    commonEnvironmentSettings:
      item.commonEnvironmentSettings === undefined
        ? undefined
        : item.commonEnvironmentSettings.map((p) => environmentSettingSerializer(p)),
    poolInfo: item.poolInfo === undefined ? undefined : batchPoolInfoUpdateSerializer(item.poolInfo),
    metadata: item.metadata === undefined ? undefined : item.metadata.map((p) => batchMetadataItemSerializer(p)),
  }) as Rest.BatchJobSpecificationUpdate;
}

/**
 * Converts a {@link BatchJobStatistics} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchJobStatisticsSerializer(item: BatchJobStatistics): Rest.BatchJobStatistics {
  return omitUndefined({
    url: item.url,
    startTime: item.startTime.toISOString(),
    lastUpdateTime: item.lastUpdateTime.toISOString(),
    userCPUTime: item.userCpuTime,
    kernelCPUTime: item.kernelCpuTime,
    wallClockTime: item.wallClockTime,
    readIOps: String(item.readIops),
    writeIOps: String(item.writeIops),
    readIOGiB: item.readIoGiB,
    writeIOGiB: item.writeIoGiB,
    numSucceededTasks: String(item.succeededTasksCount),
    numFailedTasks: String(item.failedTasksCount),
    numTaskRetries: String(item.taskRetriesCount),
    waitTime: item.waitTime,
  }) as Rest.BatchJobStatistics;
}

/**
 * Converts the wire form of a {@link BatchJobStatistics} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchJobStatisticsDeserializer(item: RestOutput.BatchJobStatisticsOutput): BatchJobStatistics {
  return omitUndefined({
    url: item.url,
    startTime: item.startTime === undefined ? undefined : new Date(item.startTime),
    lastUpdateTime: item.lastUpdateTime === undefined ? undefined : new Date(item.lastUpdateTime),
    userCpuTime: item.userCPUTime,
    kernelCpuTime: item.kernelCPUTime,
    wallClockTime: item.wallClockTime,
    readIops: item.readIOps === undefined ? undefined : Number(item.readIOps),
    writeIops: item.writeIOps === undefined ? undefined : Number(item.writeIOps),
    readIoGiB: item.readIOGiB,
    writeIoGiB: item.writeIOGiB,
    succeededTasksCount: item.numSucceededTasks === undefined ? undefined : Number(item.numSucceededTasks),
    failedTasksCount: item.numFailedTasks === undefined ? undefined : Number(item.numFailedTasks),
    taskRetriesCount: item.numTaskRetries === undefined ? undefined : Number(item.numTaskRetries),
    waitTime: item.waitTime,
  }) as BatchJobStatistics;
}

/**
 * Converts a {@link BatchJobTerminateOptions} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchJobTerminateOptionsSerializer(item: BatchJobTerminateOptions): Rest.BatchJobTerminateOptions {
  return omitUndefined({
    terminateReason: item.terminationReason,
  }) as Rest.BatchJobTerminateOptions;
}

/**
 * Converts a {@link BatchJobUpdateOptions} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchJobUpdateOptionsSerializer(item: BatchJobUpdateOptions): Rest.BatchJobUpdateOptions {
  return omitUndefined({
    priority: item.priority,
    allowTaskPreemption: item.allowTaskPreemption,
    maxParallelTasks: item.maxParallelTasks,
    constraints: item.constraints === undefined ? undefined : batchJobConstraintsSerializer(item.constraints),
    poolInfo: item.poolInfo === undefined ? undefined : batchPoolInfoUpdateSerializer(item.poolInfo),
    onAllTasksComplete: item.allTasksCompleteMode,
    metadata: item.metadata === undefined ? undefined : item.metadata.map((p) => batchMetadataItemSerializer(p)),
    networkConfiguration:
      item.networkConfiguration === undefined
        ? undefined
        : batchJobNetworkConfigurationUpdateSerializer(item.networkConfiguration),
  }) as Rest.BatchJobUpdateOptions;
}

/**
 * Converts a {@link BatchMetadataItem} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchMetadataItemSerializer(item: BatchMetadataItem): Rest.BatchMetadataItem {
  return omitUndefined({
    name: item.name,
    value: item.value,
  }) as Rest.BatchMetadataItem;
}

/**
 * Converts the wire form of a {@link BatchMetadataItem} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchMetadataItemDeserializer(item: RestOutput.BatchMetadataItemOutput): BatchMetadataItem {
  return omitUndefined({
    name: item.name,
    value: item.value,
  }) as BatchMetadataItem;
}

/**
 * Converts the wire form of a {@link BatchNode} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchNodeDeserializer(item: RestOutput.BatchNodeOutput): BatchNode {
  return omitUndefined({
    id: item.id,
    url: item.url,
    state: item.state,
    schedulingState: item.schedulingState,
    stateTransitionTime: item.stateTransitionTime === undefined ? undefined : new Date(item.stateTransitionTime),
    lastBootTime: item.lastBootTime === undefined ? undefined : new Date(item.lastBootTime),
    allocationTime: item.allocationTime === undefined ? undefined : new Date(item.allocationTime),
    ipAddress: item.ipAddress,
    ipv6Address: item.ipv6Address,
    publicIpAddress: item.publicIPAddress,
    publicIpv6Address: item.publicIPv6Address,
    affinityId: item.affinityId,
    vmSize: item.vmSize,
    totalTasksRun: item.totalTasksRun,
    runningTasksCount: item.runningTasksCount,
    runningTaskSlotsCount: item.runningTaskSlotsCount,
    totalTasksSucceeded: item.totalTasksSucceeded,
    recentTasks: item.recentTasks === undefined ? undefined : item.recentTasks.map((p) => batchTaskInfoDeserializer(p)),
    startTask: item.startTask === undefined ? undefined : batchStartTaskDeserializer(item.startTask),
    startTaskInfo: item.startTaskInfo === undefined ? undefined : batchStartTaskInfoDeserializer(item.startTaskInfo),
    errors: item.errors === undefined ? undefined : item.errors.map((p) => batchNodeErrorDeserializer(p)),
    isDedicated: item.isDedicated,
    endpointConfiguration:
      item.endpointConfiguration === undefined
        ? undefined
        : batchNodeEndpointConfigurationDeserializer(item.endpointConfiguration),
    nodeAgentInfo: item.nodeAgentInfo === undefined ? undefined : batchNodeAgentInfoDeserializer(item.nodeAgentInfo),
    virtualMachineInfo:
      item.virtualMachineInfo === undefined ? undefined : virtualMachineInfoDeserializer(item.virtualMachineInfo),
  }) as BatchNode;
}

/**
 * Converts the wire form of a {@link BatchNodeAgentInfo} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchNodeAgentInfoDeserializer(item: RestOutput.BatchNodeAgentInfoOutput): BatchNodeAgentInfo {
  return omitUndefined({
    version: item.version,
    lastUpdateTime: item.lastUpdateTime === undefined ? undefined : new Date(item.lastUpdateTime),
  }) as BatchNodeAgentInfo;
}

/**
 * Converts the wire form of a {@link BatchNodeCounts} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchNodeCountsDeserializer(item: RestOutput.BatchNodeCountsOutput): BatchNodeCounts {
  return omitUndefined({
    creating: item.creating,
    idle: item.idle,
    offline: item.offline,
    preempted: item.preempted,
    rebooting: item.rebooting,
    reimaging: item.reimaging,
    running: item.running,
    starting: item.starting,
    startTaskFailed: item.startTaskFailed,
    leavingPool: item.leavingPool,
    unknown: item.unknown,
    unusable: item.unusable,
    waitingForStartTask: item.waitingForStartTask,
    deallocated: item.deallocated,
    deallocating: item.deallocating,
    total: item.total,
    upgradingOs: item.upgradingOS,
  }) as BatchNodeCounts;
}

/**
 * Converts a {@link BatchNodeDeallocateOptions} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchNodeDeallocateOptionsSerializer(
  item: BatchNodeDeallocateOptions,
): Rest.BatchNodeDeallocateOptions {
  return omitUndefined({
    nodeDeallocateOption: item.nodeDeallocateOption,
  }) as Rest.BatchNodeDeallocateOptions;
}

/**
 * Converts a {@link BatchNodeDisableSchedulingOptions} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchNodeDisableSchedulingOptionsSerializer(
  item: BatchNodeDisableSchedulingOptions,
): Rest.BatchNodeDisableSchedulingOptions {
  return omitUndefined({
    nodeDisableSchedulingOption: item.nodeDisableSchedulingOption,
  }) as Rest.BatchNodeDisableSchedulingOptions;
}

/**
 * Converts the wire form of a {@link BatchNodeEndpointConfiguration} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchNodeEndpointConfigurationDeserializer(
  item: RestOutput.BatchNodeEndpointConfigurationOutput,
): BatchNodeEndpointConfiguration {
  return omitUndefined({
    inboundEndpoints:
      item.inboundEndpoints === undefined
        ? undefined
        : item.inboundEndpoints.map((p) => inboundEndpointDeserializer(p)),
  }) as BatchNodeEndpointConfiguration;
}

/**
 * Converts the wire form of a {@link BatchNodeError} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchNodeErrorDeserializer(item: RestOutput.BatchNodeErrorOutput): BatchNodeError {
  return omitUndefined({
    code: item.code,
    message: item.message,
    errorDetails:
      item.errorDetails === undefined ? undefined : item.errorDetails.map((p) => nameValuePairDeserializer(p)),
  }) as BatchNodeError;
}

/**
 * Converts the wire form of a {@link BatchNodeFile} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchNodeFileDeserializer(item: RestOutput.BatchNodeFileOutput): BatchNodeFile {
  return omitUndefined({
    name: item.name,
    url: item.url,
    isDirectory: item.isDirectory,
    properties: item.properties === undefined ? undefined : filePropertiesDeserializer(item.properties),
  }) as BatchNodeFile;
}

/**
 * Converts the wire form of a {@link BatchNodeFileListResult} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchNodeFileListResultDeserializer(
  item: RestOutput.BatchNodeFileListResultOutput,
): BatchNodeFileListResult {
  return omitUndefined({
    value: item.value === undefined ? undefined : item.value.map((p) => batchNodeFileDeserializer(p)),
    odataNextLink: item["odata.nextLink"],
  }) as BatchNodeFileListResult;
}

/**
 * Converts a {@link BatchNodeIdentityReference} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchNodeIdentityReferenceSerializer(
  item: BatchNodeIdentityReference,
): Rest.BatchNodeIdentityReference {
  return omitUndefined({
    resourceId: item.resourceId,
  }) as Rest.BatchNodeIdentityReference;
}

/**
 * Converts the wire form of a {@link BatchNodeIdentityReference} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchNodeIdentityReferenceDeserializer(
  item: RestOutput.BatchNodeIdentityReferenceOutput,
): BatchNodeIdentityReference {
  return omitUndefined({
    resourceId: item.resourceId,
  }) as BatchNodeIdentityReference;
}

/**
 * Converts a {@link BatchNodeInfo} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchNodeInfoSerializer(item: BatchNodeInfo): Rest.BatchNodeInfo {
  return omitUndefined({
    affinityId: item.affinityId,
    nodeUrl: item.nodeUrl,
    poolId: item.poolId,
    nodeId: item.nodeId,
    taskRootDirectory: item.taskRootDirectory,
    taskRootDirectoryUrl: item.taskRootDirectoryUrl,
  }) as Rest.BatchNodeInfo;
}

/**
 * Converts the wire form of a {@link BatchNodeInfo} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchNodeInfoDeserializer(item: RestOutput.BatchNodeInfoOutput): BatchNodeInfo {
  return omitUndefined({
    affinityId: item.affinityId,
    nodeUrl: item.nodeUrl,
    poolId: item.poolId,
    nodeId: item.nodeId,
    taskRootDirectory: item.taskRootDirectory,
    taskRootDirectoryUrl: item.taskRootDirectoryUrl,
  }) as BatchNodeInfo;
}

/**
 * Converts the wire form of a {@link BatchNodeListResult} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchNodeListResultDeserializer(item: RestOutput.BatchNodeListResultOutput): BatchNodeListResult {
  return omitUndefined({
    value: item.value === undefined ? undefined : item.value.map((p) => batchNodeDeserializer(p)),
    odataNextLink: item["odata.nextLink"],
  }) as BatchNodeListResult;
}

/**
 * Converts a {@link BatchNodePlacementConfiguration} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchNodePlacementConfigurationSerializer(
  item: BatchNodePlacementConfiguration,
): Rest.BatchNodePlacementConfiguration {
  return omitUndefined({
    policy: item.policy,
  }) as Rest.BatchNodePlacementConfiguration;
}

/**
 * Converts the wire form of a {@link BatchNodePlacementConfiguration} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchNodePlacementConfigurationDeserializer(
  item: RestOutput.BatchNodePlacementConfigurationOutput,
): BatchNodePlacementConfiguration {
  return omitUndefined({
    policy: item.policy,
  }) as BatchNodePlacementConfiguration;
}

/**
 * Converts a {@link BatchNodeRebootOptions} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchNodeRebootOptionsSerializer(item: BatchNodeRebootOptions): Rest.BatchNodeRebootOptions {
  return omitUndefined({
    nodeRebootOption: item.nodeRebootKind,
  }) as Rest.BatchNodeRebootOptions;
}

/**
 * Converts a {@link BatchNodeReimageOptions} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchNodeReimageOptionsSerializer(item: BatchNodeReimageOptions): Rest.BatchNodeReimageOptions {
  return omitUndefined({
    nodeReimageOption: item.nodeReimageOption,
  }) as Rest.BatchNodeReimageOptions;
}

/**
 * Converts the wire form of a {@link BatchNodeRemoteLoginSettings} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchNodeRemoteLoginSettingsDeserializer(
  item: RestOutput.BatchNodeRemoteLoginSettingsOutput,
): BatchNodeRemoteLoginSettings {
  return omitUndefined({
    ipv6RemoteLoginIpAddress: item.ipv6RemoteLoginIPAddress,
    ipv6RemoteLoginPort: item.ipv6RemoteLoginPort,
    remoteLoginIpAddress: item.remoteLoginIPAddress,
    remoteLoginPort: item.remoteLoginPort,
  }) as BatchNodeRemoteLoginSettings;
}

/**
 * Converts a {@link BatchNodeRemoveOptions} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchNodeRemoveOptionsSerializer(item: BatchNodeRemoveOptions): Rest.BatchNodeRemoveOptions {
  return omitUndefined({
    nodeList: item.nodeIds,
    resizeTimeout: item.resizeTimeout,
    nodeDeallocationOption: item.nodeDeallocationOption,
  }) as Rest.BatchNodeRemoveOptions;
}

/**
 * Converts a {@link BatchNodeUserCreateOptions} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchNodeUserCreateOptionsSerializer(
  item: BatchNodeUserCreateOptions,
): Rest.BatchNodeUserCreateOptions {
  return omitUndefined({
    name: item.name,
    isAdmin: item.isAdmin,
    expiryTime: item.expiryTime === undefined ? undefined : item.expiryTime.toISOString(),
    password: item.password,
    sshPublicKey: item.sshPublicKey,
  }) as Rest.BatchNodeUserCreateOptions;
}

/**
 * Converts a {@link BatchNodeUserUpdateOptions} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchNodeUserUpdateOptionsSerializer(
  item: BatchNodeUserUpdateOptions,
): Rest.BatchNodeUserUpdateOptions {
  return omitUndefined({
    password: item.password,
    expiryTime: item.expiryTime === undefined ? undefined : item.expiryTime.toISOString(),
    sshPublicKey: item.sshPublicKey,
  }) as Rest.BatchNodeUserUpdateOptions;
}

/**
 * Converts the wire form of a {@link BatchNodeVMExtension} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchNodeVMExtensionDeserializer(item: RestOutput.BatchNodeVMExtensionOutput): BatchNodeVMExtension {
  return omitUndefined({
    provisioningState: item.provisioningState,
    vmExtension: item.vmExtension === undefined ? undefined : vMExtensionDeserializer(item.vmExtension),
    instanceView: item.instanceView === undefined ? undefined : vMExtensionInstanceViewDeserializer(item.instanceView),
  }) as BatchNodeVMExtension;
}

/**
 * Converts the wire form of a {@link BatchNodeVMExtensionListResult} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchNodeVMExtensionListResultDeserializer(
  item: RestOutput.BatchNodeVMExtensionListResultOutput,
): BatchNodeVMExtensionListResult {
  return omitUndefined({
    value: item.value === undefined ? undefined : item.value.map((p) => batchNodeVMExtensionDeserializer(p)),
    odataNextLink: item["odata.nextLink"],
  }) as BatchNodeVMExtensionListResult;
}

/**
 * Converts a {@link BatchOsDisk} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchOsDiskSerializer(item: BatchOsDisk): Rest.BatchOsDisk {
  return omitUndefined({
    ephemeralOSDiskSettings:
      item.ephemeralOSDiskSettings === undefined
        ? undefined
        : batchDiffDiskSettingsSerializer(item.ephemeralOSDiskSettings),
    caching: item.caching,
    diskSizeGB: item.diskSizeGB,
    managedDisk: item.managedDisk === undefined ? undefined : managedDiskSerializer(item.managedDisk),
    writeAcceleratorEnabled: item.writeAcceleratorEnabled,
  }) as Rest.BatchOsDisk;
}

/**
 * Converts the wire form of a {@link BatchOsDisk} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchOsDiskDeserializer(item: RestOutput.BatchOsDiskOutput): BatchOsDisk {
  return omitUndefined({
    ephemeralOSDiskSettings:
      item.ephemeralOSDiskSettings === undefined
        ? undefined
        : batchDiffDiskSettingsDeserializer(item.ephemeralOSDiskSettings),
    caching: item.caching,
    diskSizeGB: item.diskSizeGB,
    managedDisk: item.managedDisk === undefined ? undefined : managedDiskDeserializer(item.managedDisk),
    writeAcceleratorEnabled: item.writeAcceleratorEnabled,
  }) as BatchOsDisk;
}

/**
 * Converts the wire form of a {@link BatchPool} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchPoolDeserializer(item: RestOutput.BatchPoolOutput): BatchPool {
  return omitUndefined({
    id: item.id,
    displayName: item.displayName,
    url: item.url,
    eTag: item.eTag,
    lastModified: item.lastModified === undefined ? undefined : new Date(item.lastModified),
    creationTime: item.creationTime === undefined ? undefined : new Date(item.creationTime),
    state: item.state,
    stateTransitionTime: item.stateTransitionTime === undefined ? undefined : new Date(item.stateTransitionTime),
    allocationState: item.allocationState,
    allocationStateTransitionTime:
      item.allocationStateTransitionTime === undefined ? undefined : new Date(item.allocationStateTransitionTime),
    vmSize: item.vmSize,
    virtualMachineConfiguration:
      item.virtualMachineConfiguration === undefined
        ? undefined
        : virtualMachineConfigurationDeserializer(item.virtualMachineConfiguration),
    vmSkuProfile: item.vmSkuProfile === undefined ? undefined : virtualMachineSkuProfileDeserializer(item.vmSkuProfile),
    resizeTimeout: item.resizeTimeout,
    resizeErrors:
      item.resizeErrors === undefined ? undefined : item.resizeErrors.map((p) => resizeErrorDeserializer(p)),
    currentDedicatedNodes: item.currentDedicatedNodes,
    currentLowPriorityNodes: item.currentLowPriorityNodes,
    targetDedicatedNodes: item.targetDedicatedNodes,
    targetLowPriorityNodes: item.targetLowPriorityNodes,
    enableAutoScale: item.enableAutoScale,
    autoScaleFormula: item.autoScaleFormula,
    autoScaleEvaluationInterval: item.autoScaleEvaluationInterval,
    autoScaleRun: item.autoScaleRun === undefined ? undefined : autoScaleRunDeserializer(item.autoScaleRun),
    enableInterNodeCommunication: item.enableInterNodeCommunication,
    networkConfiguration:
      item.networkConfiguration === undefined ? undefined : networkConfigurationDeserializer(item.networkConfiguration),
    startTask: item.startTask === undefined ? undefined : batchStartTaskDeserializer(item.startTask),
    applicationPackageReferences:
      item.applicationPackageReferences === undefined
        ? undefined
        : item.applicationPackageReferences.map((p) => batchApplicationPackageReferenceDeserializer(p)),
    taskSlotsPerNode: item.taskSlotsPerNode,
    taskSchedulingPolicy:
      item.taskSchedulingPolicy === undefined
        ? undefined
        : batchTaskSchedulingPolicyDeserializer(item.taskSchedulingPolicy),
    userAccounts:
      item.userAccounts === undefined ? undefined : item.userAccounts.map((p) => userAccountDeserializer(p)),
    metadata: item.metadata === undefined ? undefined : item.metadata.map((p) => batchMetadataItemDeserializer(p)),
    poolStatistics: item.stats === undefined ? undefined : batchPoolStatisticsDeserializer(item.stats),
    mountConfiguration:
      item.mountConfiguration === undefined
        ? undefined
        : item.mountConfiguration.map((p) => mountConfigurationDeserializer(p)),
    identity: item.identity === undefined ? undefined : batchPoolIdentityDeserializer(item.identity),
    upgradePolicy: item.upgradePolicy === undefined ? undefined : upgradePolicyDeserializer(item.upgradePolicy),
  }) as BatchPool;
}

/**
 * Converts a {@link BatchPoolCreateOptions} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchPoolCreateOptionsSerializer(item: BatchPoolCreateOptions): Rest.BatchPoolCreateOptions {
  return omitUndefined({
    id: item.id,
    displayName: item.displayName,
    vmSize: item.vmSize,
    virtualMachineConfiguration:
      item.virtualMachineConfiguration === undefined
        ? undefined
        : virtualMachineConfigurationSerializer(item.virtualMachineConfiguration),
    vmSkuProfile: item.vmSkuProfile === undefined ? undefined : virtualMachineSkuProfileSerializer(item.vmSkuProfile),
    resizeTimeout: item.resizeTimeout,
    targetDedicatedNodes: item.targetDedicatedNodes,
    targetLowPriorityNodes: item.targetLowPriorityNodes,
    enableAutoScale: item.enableAutoScale,
    autoScaleFormula: item.autoScaleFormula,
    autoScaleEvaluationInterval: item.autoScaleEvaluationInterval,
    enableInterNodeCommunication: item.enableInterNodeCommunication,
    networkConfiguration:
      item.networkConfiguration === undefined ? undefined : networkConfigurationSerializer(item.networkConfiguration),
    startTask: item.startTask === undefined ? undefined : batchStartTaskSerializer(item.startTask),
    applicationPackageReferences:
      item.applicationPackageReferences === undefined
        ? undefined
        : item.applicationPackageReferences.map((p) => batchApplicationPackageReferenceSerializer(p)),
    taskSlotsPerNode: item.taskSlotsPerNode,
    taskSchedulingPolicy:
      item.taskSchedulingPolicy === undefined
        ? undefined
        : batchTaskSchedulingPolicySerializer(item.taskSchedulingPolicy),
    userAccounts: item.userAccounts === undefined ? undefined : item.userAccounts.map((p) => userAccountSerializer(p)),
    metadata: item.metadata === undefined ? undefined : item.metadata.map((p) => batchMetadataItemSerializer(p)),
    mountConfiguration:
      item.mountConfiguration === undefined
        ? undefined
        : item.mountConfiguration.map((p) => mountConfigurationSerializer(p)),
    upgradePolicy: item.upgradePolicy === undefined ? undefined : upgradePolicySerializer(item.upgradePolicy),
  }) as Rest.BatchPoolCreateOptions;
}

/**
 * Converts a {@link BatchPoolEnableAutoScaleOptions} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchPoolEnableAutoScaleOptionsSerializer(
  item: BatchPoolEnableAutoScaleOptions,
): Rest.BatchPoolEnableAutoScaleOptions {
  return omitUndefined({
    autoScaleFormula: item.autoScaleFormula,
    autoScaleEvaluationInterval: item.autoScaleEvaluationInterval,
  }) as Rest.BatchPoolEnableAutoScaleOptions;
}

/**
 * Converts a {@link BatchPoolEndpointConfiguration} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchPoolEndpointConfigurationSerializer(
  item: BatchPoolEndpointConfiguration,
): Rest.BatchPoolEndpointConfiguration {
  return omitUndefined({
    inboundNATPools: item.inboundNatPools.map((p) => batchInboundNatPoolSerializer(p)),
  }) as Rest.BatchPoolEndpointConfiguration;
}

/**
 * Converts the wire form of a {@link BatchPoolEndpointConfiguration} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchPoolEndpointConfigurationDeserializer(
  item: RestOutput.BatchPoolEndpointConfigurationOutput,
): BatchPoolEndpointConfiguration {
  return omitUndefined({
    inboundNatPools:
      item.inboundNATPools === undefined
        ? undefined
        : item.inboundNATPools.map((p) => batchInboundNatPoolDeserializer(p)),
  }) as BatchPoolEndpointConfiguration;
}

/**
 * Converts a {@link BatchPoolEndpointConfigurationUpdate} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchPoolEndpointConfigurationUpdateSerializer(
  item: BatchPoolEndpointConfigurationUpdate,
): Rest.BatchPoolEndpointConfigurationUpdate {
  return omitUndefined({
    inboundNATPools:
      item.inboundNatPools === undefined
        ? undefined
        : item.inboundNatPools.map((p) => batchInboundNatPoolSerializer(p)),
  }) as Rest.BatchPoolEndpointConfigurationUpdate;
}

/**
 * Converts a {@link BatchPoolEvaluateAutoScaleOptions} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchPoolEvaluateAutoScaleOptionsSerializer(
  item: BatchPoolEvaluateAutoScaleOptions,
): Rest.BatchPoolEvaluateAutoScaleOptions {
  return omitUndefined({
    autoScaleFormula: item.autoScaleFormula,
  }) as Rest.BatchPoolEvaluateAutoScaleOptions;
}

/**
 * Converts the wire form of a {@link BatchPoolIdentity} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchPoolIdentityDeserializer(item: RestOutput.BatchPoolIdentityOutput): BatchPoolIdentity {
  return omitUndefined({
    type: item.type,
    userAssignedIdentities:
      item.userAssignedIdentities === undefined
        ? undefined
        : item.userAssignedIdentities.map((p) => batchUserAssignedIdentityDeserializer(p)),
  }) as BatchPoolIdentity;
}

/**
 * Converts a {@link BatchPoolIdentityReference} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchPoolIdentityReferenceSerializer(
  item: BatchPoolIdentityReference,
): Rest.BatchPoolIdentityReference {
  return omitUndefined({
    resourceId: item.resourceId,
  }) as Rest.BatchPoolIdentityReference;
}

/**
 * Converts the wire form of a {@link BatchPoolIdentityReference} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchPoolIdentityReferenceDeserializer(
  item: RestOutput.BatchPoolIdentityReferenceOutput,
): BatchPoolIdentityReference {
  return omitUndefined({
    resourceId: item.resourceId,
  }) as BatchPoolIdentityReference;
}

/**
 * Converts a {@link BatchPoolInfo} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchPoolInfoSerializer(item: BatchPoolInfo): Rest.BatchPoolInfo {
  return omitUndefined({
    poolId: item.poolId,
    autoPoolSpecification:
      item.autoPoolSpecification === undefined
        ? undefined
        : batchAutoPoolSpecificationSerializer(item.autoPoolSpecification),
  }) as Rest.BatchPoolInfo;
}

/**
 * Converts the wire form of a {@link BatchPoolInfo} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchPoolInfoDeserializer(item: RestOutput.BatchPoolInfoOutput): BatchPoolInfo {
  return omitUndefined({
    poolId: item.poolId,
    autoPoolSpecification:
      item.autoPoolSpecification === undefined
        ? undefined
        : batchAutoPoolSpecificationDeserializer(item.autoPoolSpecification),
  }) as BatchPoolInfo;
}

/**
 * Converts a {@link BatchPoolInfoUpdate} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchPoolInfoUpdateSerializer(item: BatchPoolInfoUpdate): Rest.BatchPoolInfoUpdate {
  return omitUndefined({
    poolId: item.poolId,
    autoPoolSpecification:
      item.autoPoolSpecification === undefined
        ? undefined
        : batchAutoPoolSpecificationUpdateSerializer(item.autoPoolSpecification),
  }) as Rest.BatchPoolInfoUpdate;
}

/**
 * Converts the wire form of a {@link BatchPoolListResult} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchPoolListResultDeserializer(item: RestOutput.BatchPoolListResultOutput): BatchPoolListResult {
  return omitUndefined({
    value: item.value === undefined ? undefined : item.value.map((p) => batchPoolDeserializer(p)),
    odataNextLink: item["odata.nextLink"],
  }) as BatchPoolListResult;
}

/**
 * Converts the wire form of a {@link BatchPoolNodeCounts} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchPoolNodeCountsDeserializer(item: RestOutput.BatchPoolNodeCountsOutput): BatchPoolNodeCounts {
  return omitUndefined({
    poolId: item.poolId,
    dedicated: item.dedicated === undefined ? undefined : batchNodeCountsDeserializer(item.dedicated),
    lowPriority: item.lowPriority === undefined ? undefined : batchNodeCountsDeserializer(item.lowPriority),
  }) as BatchPoolNodeCounts;
}

/**
 * Converts the wire form of a {@link BatchPoolNodeCountsListResult} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchPoolNodeCountsListResultDeserializer(
  item: RestOutput.BatchPoolNodeCountsListResultOutput,
): BatchPoolNodeCountsListResult {
  return omitUndefined({
    value: item.value === undefined ? undefined : item.value.map((p) => batchPoolNodeCountsDeserializer(p)),
    odataNextLink: item["odata.nextLink"],
  }) as BatchPoolNodeCountsListResult;
}

/**
 * Converts a {@link BatchPoolReplaceOptions} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchPoolReplaceOptionsSerializer(item: BatchPoolReplaceOptions): Rest.BatchPoolReplaceOptions {
  return omitUndefined({
    startTask: item.startTask === undefined ? undefined : batchStartTaskSerializer(item.startTask),
    applicationPackageReferences: item.applicationPackageReferences.map((p) =>
      batchApplicationPackageReferenceSerializer(p),
    ),
    metadata: item.metadata.map((p) => batchMetadataItemSerializer(p)),
  }) as Rest.BatchPoolReplaceOptions;
}

/**
 * Converts a {@link BatchPoolResizeOptions} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchPoolResizeOptionsSerializer(item: BatchPoolResizeOptions): Rest.BatchPoolResizeOptions {
  return omitUndefined({
    targetDedicatedNodes: item.targetDedicatedNodes,
    targetLowPriorityNodes: item.targetLowPriorityNodes,
    resizeTimeout: item.resizeTimeout,
    nodeDeallocationOption: item.nodeDeallocationOption,
  }) as Rest.BatchPoolResizeOptions;
}

/**
 * Converts the wire form of a {@link BatchPoolResourceStatistics} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchPoolResourceStatisticsDeserializer(
  item: RestOutput.BatchPoolResourceStatisticsOutput,
): BatchPoolResourceStatistics {
  return omitUndefined({
    startTime: item.startTime === undefined ? undefined : new Date(item.startTime),
    lastUpdateTime: item.lastUpdateTime === undefined ? undefined : new Date(item.lastUpdateTime),
    avgCpuPercentage: item.avgCPUPercentage,
    avgMemoryGiB: item.avgMemoryGiB,
    peakMemoryGiB: item.peakMemoryGiB,
    avgDiskGiB: item.avgDiskGiB,
    peakDiskGiB: item.peakDiskGiB,
    diskReadIops: item.diskReadIOps === undefined ? undefined : Number(item.diskReadIOps),
    diskWriteIops: item.diskWriteIOps === undefined ? undefined : Number(item.diskWriteIOps),
    diskReadGiB: item.diskReadGiB,
    diskWriteGiB: item.diskWriteGiB,
    networkReadGiB: item.networkReadGiB,
    networkWriteGiB: item.networkWriteGiB,
  }) as BatchPoolResourceStatistics;
}

/**
 * Converts a {@link BatchPoolSpecification} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchPoolSpecificationSerializer(item: BatchPoolSpecification): Rest.BatchPoolSpecification {
  return omitUndefined({
    displayName: item.displayName,
    vmSize: item.vmSize,
    virtualMachineConfiguration:
      item.virtualMachineConfiguration === undefined
        ? undefined
        : virtualMachineConfigurationSerializer(item.virtualMachineConfiguration),
    taskSlotsPerNode: item.taskSlotsPerNode,
    taskSchedulingPolicy:
      item.taskSchedulingPolicy === undefined
        ? undefined
        : batchTaskSchedulingPolicySerializer(item.taskSchedulingPolicy),
    resizeTimeout: item.resizeTimeout,
    targetDedicatedNodes: item.targetDedicatedNodes,
    targetLowPriorityNodes: item.targetLowPriorityNodes,
    enableAutoScale: item.enableAutoScale,
    autoScaleFormula: item.autoScaleFormula,
    autoScaleEvaluationInterval: item.autoScaleEvaluationInterval,
    enableInterNodeCommunication: item.enableInterNodeCommunication,
    networkConfiguration:
      item.networkConfiguration === undefined ? undefined : networkConfigurationSerializer(item.networkConfiguration),
    startTask: item.startTask === undefined ? undefined : batchStartTaskSerializer(item.startTask),
    applicationPackageReferences:
      item.applicationPackageReferences === undefined
        ? undefined
        : item.applicationPackageReferences.map((p) => batchApplicationPackageReferenceSerializer(p)),
    userAccounts: item.userAccounts === undefined ? undefined : item.userAccounts.map((p) => userAccountSerializer(p)),
    metadata: item.metadata === undefined ? undefined : item.metadata.map((p) => batchMetadataItemSerializer(p)),
    mountConfiguration:
      item.mountConfiguration === undefined
        ? undefined
        : item.mountConfiguration.map((p) => mountConfigurationSerializer(p)),
    upgradePolicy: item.upgradePolicy === undefined ? undefined : upgradePolicySerializer(item.upgradePolicy),
  }) as Rest.BatchPoolSpecification;
}

/**
 * Converts the wire form of a {@link BatchPoolSpecification} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchPoolSpecificationDeserializer(
  item: RestOutput.BatchPoolSpecificationOutput,
): BatchPoolSpecification {
  return omitUndefined({
    displayName: item.displayName,
    vmSize: item.vmSize,
    virtualMachineConfiguration:
      item.virtualMachineConfiguration === undefined
        ? undefined
        : virtualMachineConfigurationDeserializer(item.virtualMachineConfiguration),
    taskSlotsPerNode: item.taskSlotsPerNode,
    taskSchedulingPolicy:
      item.taskSchedulingPolicy === undefined
        ? undefined
        : batchTaskSchedulingPolicyDeserializer(item.taskSchedulingPolicy),
    resizeTimeout: item.resizeTimeout,
    targetDedicatedNodes: item.targetDedicatedNodes,
    targetLowPriorityNodes: item.targetLowPriorityNodes,
    enableAutoScale: item.enableAutoScale,
    autoScaleFormula: item.autoScaleFormula,
    autoScaleEvaluationInterval: item.autoScaleEvaluationInterval,
    enableInterNodeCommunication: item.enableInterNodeCommunication,
    networkConfiguration:
      item.networkConfiguration === undefined ? undefined : networkConfigurationDeserializer(item.networkConfiguration),
    startTask: item.startTask === undefined ? undefined : batchStartTaskDeserializer(item.startTask),
    applicationPackageReferences:
      item.applicationPackageReferences === undefined
        ? undefined
        : item.applicationPackageReferences.map((p) => batchApplicationPackageReferenceDeserializer(p)),
    userAccounts:
      item.userAccounts === undefined ? undefined : item.userAccounts.map((p) => userAccountDeserializer(p)),
    metadata: item.metadata === undefined ? undefined : item.metadata.map((p) => batchMetadataItemDeserializer(p)),
    mountConfiguration:
      item.mountConfiguration === undefined
        ? undefined
        : item.mountConfiguration.map((p) => mountConfigurationDeserializer(p)),
    upgradePolicy: item.upgradePolicy === undefined ? undefined : upgradePolicyDeserializer(item.upgradePolicy),
  }) as BatchPoolSpecification;
}

/**
 * Converts a {@link BatchPoolSpecificationUpdate} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchPoolSpecificationUpdateSerializer(
  item: BatchPoolSpecificationUpdate,
): Rest.BatchPoolSpecificationUpdate {
  return omitUndefined({
    displayName: item.displayName,
    vmSize: item.vmSize,
    virtualMachineConfiguration:
      item.virtualMachineConfiguration === undefined
        ? undefined
        : virtualMachineConfigurationUpdateSerializer(item.virtualMachineConfiguration),
    taskSlotsPerNode: item.taskSlotsPerNode,
    taskSchedulingPolicy:
      item.taskSchedulingPolicy === undefined
        ? undefined
        : batchTaskSchedulingPolicyUpdateSerializer(item.taskSchedulingPolicy),
    resizeTimeout: item.resizeTimeout,
    targetDedicatedNodes: item.targetDedicatedNodes,
    targetLowPriorityNodes: item.targetLowPriorityNodes,
    enableAutoScale: item.enableAutoScale,
    autoScaleFormula: item.autoScaleFormula,
    autoScaleEvaluationInterval: item.autoScaleEvaluationInterval,
    enableInterNodeCommunication: item.enableInterNodeCommunication,
    networkConfiguration:
      item.networkConfiguration === undefined
        ? undefined
        : networkConfigurationUpdateSerializer(item.networkConfiguration),
    startTask: item.startTask === undefined ? undefined : batchStartTaskUpdateSerializer(item.startTask),
    applicationPackageReferences:
      item.applicationPackageReferences === undefined
        ? undefined
        : item.applicationPackageReferences.map((p) => batchApplicationPackageReferenceSerializer(p)),
    userAccounts: item.userAccounts === undefined ? undefined : item.userAccounts.map((p) => userAccountSerializer(p)),
    metadata: item.metadata === undefined ? undefined : item.metadata.map((p) => batchMetadataItemSerializer(p)),
    mountConfiguration:
      item.mountConfiguration === undefined
        ? undefined
        : item.mountConfiguration.map((p) => mountConfigurationSerializer(p)),
    upgradePolicy: item.upgradePolicy === undefined ? undefined : upgradePolicyUpdateSerializer(item.upgradePolicy),
  }) as Rest.BatchPoolSpecificationUpdate;
}

/**
 * Converts the wire form of a {@link BatchPoolStatistics} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchPoolStatisticsDeserializer(item: RestOutput.BatchPoolStatisticsOutput): BatchPoolStatistics {
  return omitUndefined({
    url: item.url,
    startTime: item.startTime === undefined ? undefined : new Date(item.startTime),
    lastUpdateTime: item.lastUpdateTime === undefined ? undefined : new Date(item.lastUpdateTime),
    resourceStatistics:
      item.resourceStats === undefined ? undefined : batchPoolResourceStatisticsDeserializer(item.resourceStats),
  }) as BatchPoolStatistics;
}

/**
 * Converts a {@link BatchPoolUpdateOptions} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchPoolUpdateOptionsSerializer(item: BatchPoolUpdateOptions): Rest.BatchPoolUpdateOptions {
  return omitUndefined({
    displayName: item.displayName,
    vmSize: item.vmSize,
    enableInterNodeCommunication: item.enableInterNodeCommunication,
    startTask: item.startTask === undefined ? undefined : batchStartTaskUpdateSerializer(item.startTask),
    applicationPackageReferences:
      item.applicationPackageReferences === undefined
        ? undefined
        : item.applicationPackageReferences.map((p) => batchApplicationPackageReferenceSerializer(p)),
    metadata: item.metadata === undefined ? undefined : item.metadata.map((p) => batchMetadataItemSerializer(p)),
    virtualMachineConfiguration:
      item.virtualMachineConfiguration === undefined
        ? undefined
        : virtualMachineConfigurationUpdateSerializer(item.virtualMachineConfiguration),
    vmSkuProfile: item.vmSkuProfile === undefined ? undefined : virtualMachineSkuProfileSerializer(item.vmSkuProfile),
    taskSlotsPerNode: item.taskSlotsPerNode,
    taskSchedulingPolicy:
      item.taskSchedulingPolicy === undefined
        ? undefined
        : batchTaskSchedulingPolicyUpdateSerializer(item.taskSchedulingPolicy),
    networkConfiguration:
      item.networkConfiguration === undefined
        ? undefined
        : networkConfigurationUpdateSerializer(item.networkConfiguration),
    userAccounts: item.userAccounts === undefined ? undefined : item.userAccounts.map((p) => userAccountSerializer(p)),
    mountConfiguration:
      item.mountConfiguration === undefined
        ? undefined
        : item.mountConfiguration.map((p) => mountConfigurationSerializer(p)),
    upgradePolicy: item.upgradePolicy === undefined ? undefined : upgradePolicyUpdateSerializer(item.upgradePolicy),
  }) as Rest.BatchPoolUpdateOptions;
}

/**
 * Converts a {@link BatchPublicIpAddressConfiguration} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchPublicIpAddressConfigurationSerializer(
  item: BatchPublicIpAddressConfiguration,
): Rest.BatchPublicIpAddressConfiguration {
  return omitUndefined({
    provision: item.ipAddressProvisioningType,
    ipFamilies: item.ipFamilies,
    ipAddressIds: item.ipAddressIds,
    ipTags: item.ipTags === undefined ? undefined : item.ipTags.map((p) => iPTagSerializer(p)),
  }) as Rest.BatchPublicIpAddressConfiguration;
}

/**
 * Converts the wire form of a {@link BatchPublicIpAddressConfiguration} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchPublicIpAddressConfigurationDeserializer(
  item: RestOutput.BatchPublicIpAddressConfigurationOutput,
): BatchPublicIpAddressConfiguration {
  return omitUndefined({
    ipAddressProvisioningType: item.provision,
    ipFamilies: item.ipFamilies,
    ipAddressIds: item.ipAddressIds,
    ipTags: item.ipTags === undefined ? undefined : item.ipTags.map((p) => iPTagDeserializer(p)),
  }) as BatchPublicIpAddressConfiguration;
}

/**
 * Converts a {@link BatchStartTask} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchStartTaskSerializer(item: BatchStartTask): Rest.BatchStartTask {
  return omitUndefined({
    commandLine: item.commandLine,
    containerSettings:
      item.containerSettings === undefined ? undefined : batchTaskContainerSettingsSerializer(item.containerSettings),
    resourceFiles:
      item.resourceFiles === undefined ? undefined : item.resourceFiles.map((p) => resourceFileSerializer(p)),
    environmentSettings:
      item.environmentSettings === undefined
        ? undefined
        : item.environmentSettings.map((p) => environmentSettingSerializer(p)),
    userIdentity: item.userIdentity === undefined ? undefined : userIdentitySerializer(item.userIdentity),
    maxTaskRetryCount: item.maxTaskRetryCount,
    waitForSuccess: item.waitForSuccess,
  }) as Rest.BatchStartTask;
}

/**
 * Converts the wire form of a {@link BatchStartTask} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchStartTaskDeserializer(item: RestOutput.BatchStartTaskOutput): BatchStartTask {
  return omitUndefined({
    commandLine: item.commandLine,
    containerSettings:
      item.containerSettings === undefined ? undefined : batchTaskContainerSettingsDeserializer(item.containerSettings),
    resourceFiles:
      item.resourceFiles === undefined ? undefined : item.resourceFiles.map((p) => resourceFileDeserializer(p)),
    environmentSettings:
      item.environmentSettings === undefined
        ? undefined
        : item.environmentSettings.map((p) => environmentSettingDeserializer(p)),
    userIdentity: item.userIdentity === undefined ? undefined : userIdentityDeserializer(item.userIdentity),
    maxTaskRetryCount: item.maxTaskRetryCount,
    waitForSuccess: item.waitForSuccess,
  }) as BatchStartTask;
}

/**
 * Converts the wire form of a {@link BatchStartTaskInfo} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchStartTaskInfoDeserializer(item: RestOutput.BatchStartTaskInfoOutput): BatchStartTaskInfo {
  return omitUndefined({
    state: item.state,
    startTime: item.startTime === undefined ? undefined : new Date(item.startTime),
    endTime: item.endTime === undefined ? undefined : new Date(item.endTime),
    exitCode: item.exitCode,
    containerInfo:
      item.containerInfo === undefined ? undefined : batchTaskContainerExecutionInfoDeserializer(item.containerInfo),
    failureInfo: item.failureInfo === undefined ? undefined : batchTaskFailureInfoDeserializer(item.failureInfo),
    retryCount: item.retryCount,
    lastRetryTime: item.lastRetryTime === undefined ? undefined : new Date(item.lastRetryTime),
    result: item.result,
  }) as BatchStartTaskInfo;
}

/**
 * Converts a {@link BatchStartTaskUpdate} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchStartTaskUpdateSerializer(item: BatchStartTaskUpdate): Rest.BatchStartTaskUpdate {
  return omitUndefined({
    commandLine: item.commandLine,
    containerSettings:
      item.containerSettings === undefined
        ? undefined
        : batchTaskContainerSettingsUpdateSerializer(item.containerSettings),
    resourceFiles:
      item.resourceFiles === undefined ? undefined : item.resourceFiles.map((p) => resourceFileSerializer(p)),
    environmentSettings:
      item.environmentSettings === undefined
        ? undefined
        : item.environmentSettings.map((p) => environmentSettingSerializer(p)),
    userIdentity: item.userIdentity === undefined ? undefined : userIdentitySerializer(item.userIdentity),
    maxTaskRetryCount: item.maxTaskRetryCount,
    waitForSuccess: item.waitForSuccess,
  }) as Rest.BatchStartTaskUpdate;
}

/**
 * Converts the wire form of a {@link BatchSubtask} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchSubtaskDeserializer(item: RestOutput.BatchSubtaskOutput): BatchSubtask {
  return omitUndefined({
    id: item.id,
    nodeInfo: item.nodeInfo === undefined ? undefined : batchNodeInfoDeserializer(item.nodeInfo),
    startTime: item.startTime === undefined ? undefined : new Date(item.startTime),
    endTime: item.endTime === undefined ? undefined : new Date(item.endTime),
    exitCode: item.exitCode,
    containerInfo:
      item.containerInfo === undefined ? undefined : batchTaskContainerExecutionInfoDeserializer(item.containerInfo),
    failureInfo: item.failureInfo === undefined ? undefined : batchTaskFailureInfoDeserializer(item.failureInfo),
    state: item.state,
    stateTransitionTime: item.stateTransitionTime === undefined ? undefined : new Date(item.stateTransitionTime),
    previousState: item.previousState,
    previousStateTransitionTime:
      item.previousStateTransitionTime === undefined ? undefined : new Date(item.previousStateTransitionTime),
    result: item.result,
  }) as BatchSubtask;
}

/**
 * Converts the wire form of a {@link BatchSupportedImage} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchSupportedImageDeserializer(item: RestOutput.BatchSupportedImageOutput): BatchSupportedImage {
  return omitUndefined({
    nodeAgentSkuId: item.nodeAgentSKUId,
    imageReference:
      item.imageReference === undefined ? undefined : batchVmImageReferenceDeserializer(item.imageReference),
    osType: item.osType,
    capabilities: item.capabilities,
    batchSupportEndOfLife: item.batchSupportEndOfLife === undefined ? undefined : new Date(item.batchSupportEndOfLife),
    verificationType: item.verificationType,
  }) as BatchSupportedImage;
}

/**
 * Converts a {@link BatchTask} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchTaskSerializer(item: BatchTask): Rest.BatchTask {
  return omitUndefined({
    constraints: item.constraints === undefined ? undefined : batchTaskConstraintsSerializer(item.constraints),
  }) as Rest.BatchTask;
}

/**
 * Converts the wire form of a {@link BatchTask} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchTaskDeserializer(item: RestOutput.BatchTaskOutput): BatchTask {
  return omitUndefined({
    id: item.id,
    displayName: item.displayName,
    url: item.url,
    eTag: item.eTag,
    lastModified: item.lastModified === undefined ? undefined : new Date(item.lastModified),
    creationTime: item.creationTime === undefined ? undefined : new Date(item.creationTime),
    exitConditions: item.exitConditions === undefined ? undefined : exitConditionsDeserializer(item.exitConditions),
    state: item.state,
    stateTransitionTime: item.stateTransitionTime === undefined ? undefined : new Date(item.stateTransitionTime),
    previousState: item.previousState,
    previousStateTransitionTime:
      item.previousStateTransitionTime === undefined ? undefined : new Date(item.previousStateTransitionTime),
    commandLine: item.commandLine,
    containerSettings:
      item.containerSettings === undefined ? undefined : batchTaskContainerSettingsDeserializer(item.containerSettings),
    resourceFiles:
      item.resourceFiles === undefined ? undefined : item.resourceFiles.map((p) => resourceFileDeserializer(p)),
    outputFiles: item.outputFiles === undefined ? undefined : item.outputFiles.map((p) => outputFileDeserializer(p)),
    environmentSettings:
      item.environmentSettings === undefined
        ? undefined
        : item.environmentSettings.map((p) => environmentSettingDeserializer(p)),
    affinityInfo: item.affinityInfo === undefined ? undefined : batchAffinityInfoDeserializer(item.affinityInfo),
    constraints: item.constraints === undefined ? undefined : batchTaskConstraintsDeserializer(item.constraints),
    requiredSlots: item.requiredSlots,
    userIdentity: item.userIdentity === undefined ? undefined : userIdentityDeserializer(item.userIdentity),
    executionInfo:
      item.executionInfo === undefined ? undefined : batchTaskExecutionInfoDeserializer(item.executionInfo),
    nodeInfo: item.nodeInfo === undefined ? undefined : batchNodeInfoDeserializer(item.nodeInfo),
    multiInstanceSettings:
      item.multiInstanceSettings === undefined
        ? undefined
        : multiInstanceSettingsDeserializer(item.multiInstanceSettings),
    taskStatistics: item.stats === undefined ? undefined : batchTaskStatisticsDeserializer(item.stats),
    dependsOn: item.dependsOn === undefined ? undefined : batchTaskDependenciesDeserializer(item.dependsOn),
    applicationPackageReferences:
      item.applicationPackageReferences === undefined
        ? undefined
        : item.applicationPackageReferences.map((p) => batchApplicationPackageReferenceDeserializer(p)),
  }) as BatchTask;
}

/**
 * Converts a {@link BatchTaskConstraints} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchTaskConstraintsSerializer(item: BatchTaskConstraints): Rest.BatchTaskConstraints {
  return omitUndefined({
    maxWallClockTime: item.maxWallClockTime,
    retentionTime: item.retentionTime,
    maxTaskRetryCount: item.maxTaskRetryCount,
  }) as Rest.BatchTaskConstraints;
}

/**
 * Converts the wire form of a {@link BatchTaskConstraints} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchTaskConstraintsDeserializer(item: RestOutput.BatchTaskConstraintsOutput): BatchTaskConstraints {
  return omitUndefined({
    maxWallClockTime: item.maxWallClockTime,
    retentionTime: item.retentionTime,
    maxTaskRetryCount: item.maxTaskRetryCount,
  }) as BatchTaskConstraints;
}

/**
 * Converts a {@link BatchTaskContainerExecutionInfo} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchTaskContainerExecutionInfoSerializer(
  item: BatchTaskContainerExecutionInfo,
): Rest.BatchTaskContainerExecutionInfo {
  return omitUndefined({
    containerId: item.containerId,
    state: item.state,
    error: item.error,
  }) as Rest.BatchTaskContainerExecutionInfo;
}

/**
 * Converts the wire form of a {@link BatchTaskContainerExecutionInfo} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchTaskContainerExecutionInfoDeserializer(
  item: RestOutput.BatchTaskContainerExecutionInfoOutput,
): BatchTaskContainerExecutionInfo {
  return omitUndefined({
    containerId: item.containerId,
    state: item.state,
    error: item.error,
  }) as BatchTaskContainerExecutionInfo;
}

/**
 * Converts a {@link BatchTaskContainerSettings} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchTaskContainerSettingsSerializer(
  item: BatchTaskContainerSettings,
): Rest.BatchTaskContainerSettings {
  return omitUndefined({
    containerRunOptions: item.containerRunOptions,
    imageName: item.imageName,
    registry: item.registry === undefined ? undefined : containerRegistryReferenceSerializer(item.registry),
    workingDirectory: item.workingDirectory,
    containerHostBatchBindMounts:
      item.containerHostBatchBindMounts === undefined
        ? undefined
        : item.containerHostBatchBindMounts.map((p) => containerHostBatchBindMountEntrySerializer(p)),
  }) as Rest.BatchTaskContainerSettings;
}

/**
 * Converts the wire form of a {@link BatchTaskContainerSettings} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchTaskContainerSettingsDeserializer(
  item: RestOutput.BatchTaskContainerSettingsOutput,
): BatchTaskContainerSettings {
  return omitUndefined({
    containerRunOptions: item.containerRunOptions,
    imageName: item.imageName,
    registry: item.registry === undefined ? undefined : containerRegistryReferenceDeserializer(item.registry),
    workingDirectory: item.workingDirectory,
    containerHostBatchBindMounts:
      item.containerHostBatchBindMounts === undefined
        ? undefined
        : item.containerHostBatchBindMounts.map((p) => containerHostBatchBindMountEntryDeserializer(p)),
  }) as BatchTaskContainerSettings;
}

/**
 * Converts a {@link BatchTaskContainerSettingsUpdate} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchTaskContainerSettingsUpdateSerializer(
  item: BatchTaskContainerSettingsUpdate,
): Rest.BatchTaskContainerSettingsUpdate {
  return omitUndefined({
    containerRunOptions: item.containerRunOptions,
    imageName: item.imageName,
    registry: item.registry === undefined ? undefined : containerRegistryReferenceSerializer(item.registry),
    workingDirectory: item.workingDirectory,
    containerHostBatchBindMounts:
      item.containerHostBatchBindMounts === undefined
        ? undefined
        : item.containerHostBatchBindMounts.map((p) => containerHostBatchBindMountEntrySerializer(p)),
  }) as Rest.BatchTaskContainerSettingsUpdate;
}

/**
 * Converts the wire form of a {@link BatchTaskCounts} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchTaskCountsDeserializer(item: RestOutput.BatchTaskCountsOutput): BatchTaskCounts {
  return omitUndefined({
    active: item.active,
    running: item.running,
    completed: item.completed,
    succeeded: item.succeeded,
    failed: item.failed,
  }) as BatchTaskCounts;
}

/**
 * Converts the wire form of a {@link BatchTaskCountsResult} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchTaskCountsResultDeserializer(item: RestOutput.BatchTaskCountsResultOutput): BatchTaskCountsResult {
  return omitUndefined({
    taskCounts: item.taskCounts === undefined ? undefined : batchTaskCountsDeserializer(item.taskCounts),
    taskSlotCounts:
      item.taskSlotCounts === undefined ? undefined : batchTaskSlotCountsDeserializer(item.taskSlotCounts),
  }) as BatchTaskCountsResult;
}

/**
 * Converts a {@link BatchTaskCreateOptions} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchTaskCreateOptionsSerializer(item: BatchTaskCreateOptions): Rest.BatchTaskCreateOptions {
  return omitUndefined({
    id: item.id,
    displayName: item.displayName,
    exitConditions: item.exitConditions === undefined ? undefined : exitConditionsSerializer(item.exitConditions),
    commandLine: item.commandLine,
    containerSettings:
      item.containerSettings === undefined ? undefined : batchTaskContainerSettingsSerializer(item.containerSettings),
    resourceFiles:
      item.resourceFiles === undefined ? undefined : item.resourceFiles.map((p) => resourceFileSerializer(p)),
    outputFiles: item.outputFiles === undefined ? undefined : item.outputFiles.map((p) => outputFileSerializer(p)),
    environmentSettings:
      item.environmentSettings === undefined
        ? undefined
        : item.environmentSettings.map((p) => environmentSettingSerializer(p)),
    affinityInfo: item.affinityInfo === undefined ? undefined : batchAffinityInfoSerializer(item.affinityInfo),
    constraints: item.constraints === undefined ? undefined : batchTaskConstraintsSerializer(item.constraints),
    requiredSlots: item.requiredSlots,
    userIdentity: item.userIdentity === undefined ? undefined : userIdentitySerializer(item.userIdentity),
    multiInstanceSettings:
      item.multiInstanceSettings === undefined
        ? undefined
        : multiInstanceSettingsSerializer(item.multiInstanceSettings),
    dependsOn: item.dependsOn === undefined ? undefined : batchTaskDependenciesSerializer(item.dependsOn),
    applicationPackageReferences:
      item.applicationPackageReferences === undefined
        ? undefined
        : item.applicationPackageReferences.map((p) => batchApplicationPackageReferenceSerializer(p)),
  }) as Rest.BatchTaskCreateOptions;
}

/**
 * Converts the wire form of a {@link BatchTaskCreateResult} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchTaskCreateResultDeserializer(item: RestOutput.BatchTaskCreateResultOutput): BatchTaskCreateResult {
  return omitUndefined({
    status: item.status,
    taskId: item.taskId,
    eTag: item.eTag,
    lastModified: item.lastModified === undefined ? undefined : new Date(item.lastModified),
    location: item.location,
    error: item.error === undefined ? undefined : batchErrorBodyDeserializer(item.error),
  }) as BatchTaskCreateResult;
}

/**
 * Converts a {@link BatchTaskDependencies} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchTaskDependenciesSerializer(item: BatchTaskDependencies): Rest.BatchTaskDependencies {
  return omitUndefined({
    taskIds: item.taskIds,
    taskIdRanges:
      item.taskIdRanges === undefined ? undefined : item.taskIdRanges.map((p) => batchTaskIdRangeSerializer(p)),
  }) as Rest.BatchTaskDependencies;
}

/**
 * Converts the wire form of a {@link BatchTaskDependencies} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchTaskDependenciesDeserializer(item: RestOutput.BatchTaskDependenciesOutput): BatchTaskDependencies {
  return omitUndefined({
    taskIds: item.taskIds,
    taskIdRanges:
      item.taskIdRanges === undefined ? undefined : item.taskIdRanges.map((p) => batchTaskIdRangeDeserializer(p)),
  }) as BatchTaskDependencies;
}

/**
 * Converts a {@link BatchTaskExecutionInfo} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchTaskExecutionInfoSerializer(item: BatchTaskExecutionInfo): Rest.BatchTaskExecutionInfo {
  return omitUndefined({
    startTime: item.startTime === undefined ? undefined : item.startTime.toISOString(),
    endTime: item.endTime === undefined ? undefined : item.endTime.toISOString(),
    exitCode: item.exitCode,
    containerInfo:
      item.containerInfo === undefined ? undefined : batchTaskContainerExecutionInfoSerializer(item.containerInfo),
    failureInfo: item.failureInfo === undefined ? undefined : batchTaskFailureInfoSerializer(item.failureInfo),
    retryCount: item.retryCount,
    lastRetryTime: item.lastRetryTime === undefined ? undefined : item.lastRetryTime.toISOString(),
    requeueCount: item.requeueCount,
    lastRequeueTime: item.lastRequeueTime === undefined ? undefined : item.lastRequeueTime.toISOString(),
    result: item.result,
  }) as Rest.BatchTaskExecutionInfo;
}

/**
 * Converts the wire form of a {@link BatchTaskExecutionInfo} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchTaskExecutionInfoDeserializer(
  item: RestOutput.BatchTaskExecutionInfoOutput,
): BatchTaskExecutionInfo {
  return omitUndefined({
    startTime: item.startTime === undefined ? undefined : new Date(item.startTime),
    endTime: item.endTime === undefined ? undefined : new Date(item.endTime),
    exitCode: item.exitCode,
    containerInfo:
      item.containerInfo === undefined ? undefined : batchTaskContainerExecutionInfoDeserializer(item.containerInfo),
    failureInfo: item.failureInfo === undefined ? undefined : batchTaskFailureInfoDeserializer(item.failureInfo),
    retryCount: item.retryCount,
    lastRetryTime: item.lastRetryTime === undefined ? undefined : new Date(item.lastRetryTime),
    requeueCount: item.requeueCount,
    lastRequeueTime: item.lastRequeueTime === undefined ? undefined : new Date(item.lastRequeueTime),
    result: item.result,
  }) as BatchTaskExecutionInfo;
}

/**
 * Converts a {@link BatchTaskFailureInfo} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchTaskFailureInfoSerializer(item: BatchTaskFailureInfo): Rest.BatchTaskFailureInfo {
  return omitUndefined({
    category: item.category,
    code: item.code,
    message: item.message,
    details: item.details === undefined ? undefined : item.details.map((p) => nameValuePairSerializer(p)),
  }) as Rest.BatchTaskFailureInfo;
}

/**
 * Converts the wire form of a {@link BatchTaskFailureInfo} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchTaskFailureInfoDeserializer(item: RestOutput.BatchTaskFailureInfoOutput): BatchTaskFailureInfo {
  return omitUndefined({
    category: item.category,
    code: item.code,
    message: item.message,
    details: item.details === undefined ? undefined : item.details.map((p) => nameValuePairDeserializer(p)),
  }) as BatchTaskFailureInfo;
}

/**
 * Converts a {@link BatchTaskGroup} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchTaskGroupSerializer(item: BatchTaskGroup): Rest.BatchTaskGroup {
  return omitUndefined({
    value: item.values.map((p) => batchTaskCreateOptionsSerializer(p)),
  }) as Rest.BatchTaskGroup;
}

/**
 * Converts a {@link BatchTaskIdRange} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchTaskIdRangeSerializer(item: BatchTaskIdRange): Rest.BatchTaskIdRange {
  return omitUndefined({
    start: item.start,
    end: item.end,
  }) as Rest.BatchTaskIdRange;
}

/**
 * Converts the wire form of a {@link BatchTaskIdRange} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchTaskIdRangeDeserializer(item: RestOutput.BatchTaskIdRangeOutput): BatchTaskIdRange {
  return omitUndefined({
    start: item.start,
    end: item.end,
  }) as BatchTaskIdRange;
}

/**
 * Converts the wire form of a {@link BatchTaskInfo} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchTaskInfoDeserializer(item: RestOutput.BatchTaskInfoOutput): BatchTaskInfo {
  return omitUndefined({
    taskUrl: item.taskUrl,
    jobId: item.jobId,
    taskId: item.taskId,
    subtaskId: item.subtaskId,
    taskState: item.taskState,
    executionInfo:
      item.executionInfo === undefined ? undefined : batchTaskExecutionInfoDeserializer(item.executionInfo),
  }) as BatchTaskInfo;
}

/**
 * Converts the wire form of a {@link BatchTaskListResult} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchTaskListResultDeserializer(item: RestOutput.BatchTaskListResultOutput): BatchTaskListResult {
  return omitUndefined({
    value: item.value === undefined ? undefined : item.value.map((p) => batchTaskDeserializer(p)),
    odataNextLink: item["odata.nextLink"],
  }) as BatchTaskListResult;
}

/**
 * Converts the wire form of a {@link BatchTaskListSubtasksResult} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchTaskListSubtasksResultDeserializer(
  item: RestOutput.BatchTaskListSubtasksResultOutput,
): BatchTaskListSubtasksResult {
  return omitUndefined({
    value: item.value === undefined ? undefined : item.value.map((p) => batchSubtaskDeserializer(p)),
    odataNextLink: item["odata.nextLink"],
  }) as BatchTaskListSubtasksResult;
}

/**
 * Converts a {@link BatchTaskSchedulingPolicy} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchTaskSchedulingPolicySerializer(item: BatchTaskSchedulingPolicy): Rest.BatchTaskSchedulingPolicy {
  return omitUndefined({
    jobDefaultOrder: item.jobDefaultOrder,
    nodeFillType: item.nodeFillType,
  }) as Rest.BatchTaskSchedulingPolicy;
}

/**
 * Converts the wire form of a {@link BatchTaskSchedulingPolicy} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchTaskSchedulingPolicyDeserializer(
  item: RestOutput.BatchTaskSchedulingPolicyOutput,
): BatchTaskSchedulingPolicy {
  return omitUndefined({
    jobDefaultOrder: item.jobDefaultOrder,
    nodeFillType: item.nodeFillType,
  }) as BatchTaskSchedulingPolicy;
}

/**
 * Converts a {@link BatchTaskSchedulingPolicyUpdate} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchTaskSchedulingPolicyUpdateSerializer(
  item: BatchTaskSchedulingPolicyUpdate,
): Rest.BatchTaskSchedulingPolicyUpdate {
  return omitUndefined({
    jobDefaultOrder: item.jobDefaultOrder,
    nodeFillType: item.nodeFillType,
  }) as Rest.BatchTaskSchedulingPolicyUpdate;
}

/**
 * Converts the wire form of a {@link BatchTaskSlotCounts} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchTaskSlotCountsDeserializer(item: RestOutput.BatchTaskSlotCountsOutput): BatchTaskSlotCounts {
  return omitUndefined({
    active: item.active,
    running: item.running,
    completed: item.completed,
    succeeded: item.succeeded,
    failed: item.failed,
  }) as BatchTaskSlotCounts;
}

/**
 * Converts a {@link BatchTaskStatistics} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchTaskStatisticsSerializer(item: BatchTaskStatistics): Rest.BatchTaskStatistics {
  return omitUndefined({
    url: item.url,
    startTime: item.startTime.toISOString(),
    lastUpdateTime: item.lastUpdateTime.toISOString(),
    userCPUTime: item.userCpuTime,
    kernelCPUTime: item.kernelCpuTime,
    wallClockTime: item.wallClockTime,
    readIOps: String(item.readIops),
    writeIOps: String(item.writeIops),
    readIOGiB: item.readIoGiB,
    writeIOGiB: item.writeIoGiB,
    waitTime: item.waitTime,
  }) as Rest.BatchTaskStatistics;
}

/**
 * Converts the wire form of a {@link BatchTaskStatistics} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchTaskStatisticsDeserializer(item: RestOutput.BatchTaskStatisticsOutput): BatchTaskStatistics {
  return omitUndefined({
    url: item.url,
    startTime: item.startTime === undefined ? undefined : new Date(item.startTime),
    lastUpdateTime: item.lastUpdateTime === undefined ? undefined : new Date(item.lastUpdateTime),
    userCpuTime: item.userCPUTime,
    kernelCpuTime: item.kernelCPUTime,
    wallClockTime: item.wallClockTime,
    readIops: item.readIOps === undefined ? undefined : Number(item.readIOps),
    writeIops: item.writeIOps === undefined ? undefined : Number(item.writeIOps),
    readIoGiB: item.readIOGiB,
    writeIoGiB: item.writeIOGiB,
    waitTime: item.waitTime,
  }) as BatchTaskStatistics;
}

/**
 * Converts a {@link BatchUefiSettings} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchUefiSettingsSerializer(item: BatchUefiSettings): Rest.BatchUefiSettings {
  return omitUndefined({
    secureBootEnabled: item.secureBootEnabled,
    vTpmEnabled: item.vTpmEnabled,
  }) as Rest.BatchUefiSettings;
}

/**
 * Converts the wire form of a {@link BatchUefiSettings} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchUefiSettingsDeserializer(item: RestOutput.BatchUefiSettingsOutput): BatchUefiSettings {
  return omitUndefined({
    secureBootEnabled: item.secureBootEnabled,
    vTpmEnabled: item.vTpmEnabled,
  }) as BatchUefiSettings;
}

/**
 * Converts the wire form of a {@link BatchUserAssignedIdentity} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchUserAssignedIdentityDeserializer(
  item: RestOutput.BatchUserAssignedIdentityOutput,
): BatchUserAssignedIdentity {
  return omitUndefined({
    resourceId: item.resourceId,
    clientId: item.clientId,
    principalId: item.principalId,
  }) as BatchUserAssignedIdentity;
}

/**
 * Converts a {@link BatchVmDiskSecurityProfile} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchVmDiskSecurityProfileSerializer(
  item: BatchVmDiskSecurityProfile,
): Rest.BatchVmDiskSecurityProfile {
  return omitUndefined({
    securityEncryptionType: item.securityEncryptionType,
  }) as Rest.BatchVmDiskSecurityProfile;
}

/**
 * Converts the wire form of a {@link BatchVmDiskSecurityProfile} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchVmDiskSecurityProfileDeserializer(
  item: RestOutput.BatchVmDiskSecurityProfileOutput,
): BatchVmDiskSecurityProfile {
  return omitUndefined({
    securityEncryptionType: item.securityEncryptionType,
  }) as BatchVmDiskSecurityProfile;
}

/**
 * Converts a {@link BatchVmImageReference} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function batchVmImageReferenceSerializer(item: BatchVmImageReference): Rest.BatchVmImageReference {
  return omitUndefined({
    publisher: item.publisher,
    offer: item.offer,
    sku: item.sku,
    version: item.version,
    virtualMachineImageId: item.virtualMachineImageId,
    sharedGalleryImageId: item.sharedGalleryImageId,
    communityGalleryImageId: item.communityGalleryImageId,
  }) as Rest.BatchVmImageReference;
}

/**
 * Converts the wire form of a {@link BatchVmImageReference} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function batchVmImageReferenceDeserializer(item: RestOutput.BatchVmImageReferenceOutput): BatchVmImageReference {
  return omitUndefined({
    publisher: item.publisher,
    offer: item.offer,
    sku: item.sku,
    version: item.version,
    virtualMachineImageId: item.virtualMachineImageId,
    exactVersion: item.exactVersion,
    sharedGalleryImageId: item.sharedGalleryImageId,
    communityGalleryImageId: item.communityGalleryImageId,
  }) as BatchVmImageReference;
}

/**
 * Converts a {@link CifsMountConfiguration} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function cifsMountConfigurationSerializer(item: CifsMountConfiguration): Rest.CifsMountConfiguration {
  return omitUndefined({
    username: item.username,
    source: item.source,
    relativeMountPath: item.relativeMountPath,
    mountOptions: item.mountOptions,
    password: item.password,
  }) as Rest.CifsMountConfiguration;
}

/**
 * Converts the wire form of a {@link CifsMountConfiguration} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function cifsMountConfigurationDeserializer(
  item: RestOutput.CifsMountConfigurationOutput,
): CifsMountConfiguration {
  return omitUndefined({
    username: item.username,
    source: item.source,
    relativeMountPath: item.relativeMountPath,
    mountOptions: item.mountOptions,
    password: item.password,
  }) as CifsMountConfiguration;
}

/**
 * Converts a {@link ContainerHostBatchBindMountEntry} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function containerHostBatchBindMountEntrySerializer(
  item: ContainerHostBatchBindMountEntry,
): Rest.ContainerHostBatchBindMountEntry {
  return omitUndefined({
    source: item.source,
    isReadOnly: item.isReadOnly,
  }) as Rest.ContainerHostBatchBindMountEntry;
}

/**
 * Converts the wire form of a {@link ContainerHostBatchBindMountEntry} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function containerHostBatchBindMountEntryDeserializer(
  item: RestOutput.ContainerHostBatchBindMountEntryOutput,
): ContainerHostBatchBindMountEntry {
  return omitUndefined({
    source: item.source,
    isReadOnly: item.isReadOnly,
  }) as ContainerHostBatchBindMountEntry;
}

/**
 * Converts a {@link ContainerRegistryReference} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function containerRegistryReferenceSerializer(
  item: ContainerRegistryReference,
): Rest.ContainerRegistryReference {
  return omitUndefined({
    username: item.username,
    password: item.password,
    registryServer: item.registryServer,
    identityReference:
      item.identityReference === undefined ? undefined : batchNodeIdentityReferenceSerializer(item.identityReference),
  }) as Rest.ContainerRegistryReference;
}

/**
 * Converts the wire form of a {@link ContainerRegistryReference} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function containerRegistryReferenceDeserializer(
  item: RestOutput.ContainerRegistryReferenceOutput,
): ContainerRegistryReference {
  return omitUndefined({
    username: item.username,
    password: item.password,
    registryServer: item.registryServer,
    identityReference:
      item.identityReference === undefined ? undefined : batchNodeIdentityReferenceDeserializer(item.identityReference),
  }) as ContainerRegistryReference;
}

/**
 * Converts a {@link DataDisk} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function dataDiskSerializer(item: DataDisk): Rest.DataDisk {
  return omitUndefined({
    lun: item.logicalUnitNumber,
    caching: item.caching,
    diskSizeGB: item.diskSizeGb,
    managedDisk: item.managedDisk === undefined ? undefined : managedDiskSerializer(item.managedDisk),
  }) as Rest.DataDisk;
}

/**
 * Converts the wire form of a {@link DataDisk} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function dataDiskDeserializer(item: RestOutput.DataDiskOutput): DataDisk {
  return omitUndefined({
    logicalUnitNumber: item.lun,
    caching: item.caching,
    diskSizeGb: item.diskSizeGB,
    managedDisk: item.managedDisk === undefined ? undefined : managedDiskDeserializer(item.managedDisk),
  }) as DataDisk;
}

/**
 * Converts a {@link DiskCustomerManagedKey} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function diskCustomerManagedKeySerializer(item: DiskCustomerManagedKey): Rest.DiskCustomerManagedKey {
  return omitUndefined({
    identityReference:
      item.identityReference === undefined ? undefined : batchPoolIdentityReferenceSerializer(item.identityReference),
    keyUrl: item.keyUrl,
    rotationToLatestKeyVersionEnabled: item.rotationToLatestKeyVersionEnabled,
  }) as Rest.DiskCustomerManagedKey;
}

/**
 * Converts the wire form of a {@link DiskCustomerManagedKey} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function diskCustomerManagedKeyDeserializer(
  item: RestOutput.DiskCustomerManagedKeyOutput,
): DiskCustomerManagedKey {
  return omitUndefined({
    identityReference:
      item.identityReference === undefined ? undefined : batchPoolIdentityReferenceDeserializer(item.identityReference),
    keyUrl: item.keyUrl,
    rotationToLatestKeyVersionEnabled: item.rotationToLatestKeyVersionEnabled,
  }) as DiskCustomerManagedKey;
}

/**
 * Converts a {@link DiskEncryptionConfiguration} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function diskEncryptionConfigurationSerializer(
  item: DiskEncryptionConfiguration,
): Rest.DiskEncryptionConfiguration {
  return omitUndefined({
    customerManagedKey:
      item.customerManagedKey === undefined ? undefined : diskCustomerManagedKeySerializer(item.customerManagedKey),
    targets: item.targets,
  }) as Rest.DiskEncryptionConfiguration;
}

/**
 * Converts the wire form of a {@link DiskEncryptionConfiguration} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function diskEncryptionConfigurationDeserializer(
  item: RestOutput.DiskEncryptionConfigurationOutput,
): DiskEncryptionConfiguration {
  return omitUndefined({
    customerManagedKey:
      item.customerManagedKey === undefined ? undefined : diskCustomerManagedKeyDeserializer(item.customerManagedKey),
    targets: item.targets,
  }) as DiskEncryptionConfiguration;
}

/**
 * Converts a {@link DiskEncryptionSetParameters} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function diskEncryptionSetParametersSerializer(
  item: DiskEncryptionSetParameters,
): Rest.DiskEncryptionSetParameters {
  return omitUndefined({
    id: item.id,
  }) as Rest.DiskEncryptionSetParameters;
}

/**
 * Converts the wire form of a {@link DiskEncryptionSetParameters} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function diskEncryptionSetParametersDeserializer(
  item: RestOutput.DiskEncryptionSetParametersOutput,
): DiskEncryptionSetParameters {
  return omitUndefined({
    id: item.id,
  }) as DiskEncryptionSetParameters;
}

/**
 * Converts a {@link EnvironmentSetting} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function environmentSettingSerializer(item: EnvironmentSetting): Rest.EnvironmentSetting {
  return omitUndefined({
    name: item.name,
    value: item.value,
  }) as Rest.EnvironmentSetting;
}

/**
 * Converts the wire form of a {@link EnvironmentSetting} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function environmentSettingDeserializer(item: RestOutput.EnvironmentSettingOutput): EnvironmentSetting {
  return omitUndefined({
    name: item.name,
    value: item.value,
  }) as EnvironmentSetting;
}

/**
 * Converts a {@link ExitCodeMapping} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function exitCodeMappingSerializer(item: ExitCodeMapping): Rest.ExitCodeMapping {
  return omitUndefined({
    code: item.code,
    exitOptions: exitOptionsSerializer(item.exitOptions),
  }) as Rest.ExitCodeMapping;
}

/**
 * Converts the wire form of a {@link ExitCodeMapping} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function exitCodeMappingDeserializer(item: RestOutput.ExitCodeMappingOutput): ExitCodeMapping {
  return omitUndefined({
    code: item.code,
    exitOptions: item.exitOptions === undefined ? undefined : exitOptionsDeserializer(item.exitOptions),
  }) as ExitCodeMapping;
}

/**
 * Converts a {@link ExitCodeRangeMapping} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function exitCodeRangeMappingSerializer(item: ExitCodeRangeMapping): Rest.ExitCodeRangeMapping {
  return omitUndefined({
    start: item.start,
    end: item.end,
    exitOptions: exitOptionsSerializer(item.exitOptions),
  }) as Rest.ExitCodeRangeMapping;
}

/**
 * Converts the wire form of a {@link ExitCodeRangeMapping} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function exitCodeRangeMappingDeserializer(item: RestOutput.ExitCodeRangeMappingOutput): ExitCodeRangeMapping {
  return omitUndefined({
    start: item.start,
    end: item.end,
    exitOptions: item.exitOptions === undefined ? undefined : exitOptionsDeserializer(item.exitOptions),
  }) as ExitCodeRangeMapping;
}

/**
 * Converts a {@link ExitConditions} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function exitConditionsSerializer(item: ExitConditions): Rest.ExitConditions {
  return omitUndefined({
    exitCodes: item.exitCodes === undefined ? undefined : item.exitCodes.map((p) => exitCodeMappingSerializer(p)),
    exitCodeRanges:
      item.exitCodeRanges === undefined ? undefined : item.exitCodeRanges.map((p) => exitCodeRangeMappingSerializer(p)),
    preProcessingError:
      item.preProcessingError === undefined ? undefined : exitOptionsSerializer(item.preProcessingError),
    fileUploadError: item.fileUploadError === undefined ? undefined : exitOptionsSerializer(item.fileUploadError),
    default: item.default === undefined ? undefined : exitOptionsSerializer(item.default),
  }) as Rest.ExitConditions;
}

/**
 * Converts the wire form of a {@link ExitConditions} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function exitConditionsDeserializer(item: RestOutput.ExitConditionsOutput): ExitConditions {
  return omitUndefined({
    exitCodes: item.exitCodes === undefined ? undefined : item.exitCodes.map((p) => exitCodeMappingDeserializer(p)),
    exitCodeRanges:
      item.exitCodeRanges === undefined
        ? undefined
        : item.exitCodeRanges.map((p) => exitCodeRangeMappingDeserializer(p)),
    preProcessingError:
      item.preProcessingError === undefined ? undefined : exitOptionsDeserializer(item.preProcessingError),
    fileUploadError: item.fileUploadError === undefined ? undefined : exitOptionsDeserializer(item.fileUploadError),
    default: item.default === undefined ? undefined : exitOptionsDeserializer(item.default),
  }) as ExitConditions;
}

/**
 * Converts a {@link ExitOptions} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function exitOptionsSerializer(item: ExitOptions): Rest.ExitOptions {
  return omitUndefined({
    jobAction: item.jobAction,
    dependencyAction: item.dependencyAction,
  }) as Rest.ExitOptions;
}

/**
 * Converts the wire form of a {@link ExitOptions} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function exitOptionsDeserializer(item: RestOutput.ExitOptionsOutput): ExitOptions {
  return omitUndefined({
    jobAction: item.jobAction,
    dependencyAction: item.dependencyAction,
  }) as ExitOptions;
}

/**
 * Converts the wire form of a {@link FileProperties} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function filePropertiesDeserializer(item: RestOutput.FilePropertiesOutput): FileProperties {
  return omitUndefined({
    creationTime: item.creationTime === undefined ? undefined : new Date(item.creationTime),
    lastModified: item.lastModified === undefined ? undefined : new Date(item.lastModified),
    contentLength: item.contentLength === undefined ? undefined : Number(item.contentLength),
    contentType: item.contentType,
    fileMode: item.fileMode,
  }) as FileProperties;
}

/**
 * Converts a {@link HardwareProfile} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function hardwareProfileSerializer(item: HardwareProfile): Rest.HardwareProfile {
  return omitUndefined({
    vmSizeProperties:
      item.vmSizeProperties === undefined ? undefined : vMSizePropertiesSerializer(item.vmSizeProperties),
  }) as Rest.HardwareProfile;
}

/**
 * Converts the wire form of a {@link HardwareProfile} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function hardwareProfileDeserializer(item: RestOutput.HardwareProfileOutput): HardwareProfile {
  return omitUndefined({
    vmSizeProperties:
      item.vmSizeProperties === undefined ? undefined : vMSizePropertiesDeserializer(item.vmSizeProperties),
  }) as HardwareProfile;
}

/**
 * Converts a {@link HostEndpointSettings} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function hostEndpointSettingsSerializer(item: HostEndpointSettings): Rest.HostEndpointSettings {
  return omitUndefined({
    inVMAccessControlProfileReferenceId: item.inVmAccessControlProfileReferenceId,
    mode: item.mode,
  }) as Rest.HostEndpointSettings;
}

/**
 * Converts the wire form of a {@link HostEndpointSettings} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function hostEndpointSettingsDeserializer(item: RestOutput.HostEndpointSettingsOutput): HostEndpointSettings {
  return omitUndefined({
    inVmAccessControlProfileReferenceId: item.inVMAccessControlProfileReferenceId,
    mode: item.mode,
  }) as HostEndpointSettings;
}

/**
 * Converts a {@link IPTag} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function iPTagSerializer(item: IPTag): Rest.IPTag {
  return omitUndefined({
    ipTagType: item.ipTagType,
    tag: item.tag,
  }) as Rest.IPTag;
}

/**
 * Converts the wire form of a {@link IPTag} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function iPTagDeserializer(item: RestOutput.IPTagOutput): IPTag {
  return omitUndefined({
    ipTagType: item.ipTagType,
    tag: item.tag,
  }) as IPTag;
}

/**
 * Converts the wire form of a {@link InboundEndpoint} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function inboundEndpointDeserializer(item: RestOutput.InboundEndpointOutput): InboundEndpoint {
  return omitUndefined({
    name: item.name,
    protocol: item.protocol,
    publicIpAddress: item.publicIPAddress,
    publicFQDN: item.publicFQDN,
    frontendPort: item.frontendPort,
    backendPort: item.backendPort,
  }) as InboundEndpoint;
}

/**
 * Converts the wire form of a {@link InstanceViewStatus} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function instanceViewStatusDeserializer(item: RestOutput.InstanceViewStatusOutput): InstanceViewStatus {
  return omitUndefined({
    code: item.code,
    displayStatus: item.displayStatus,
    level: item.level,
    message: item.message,
    time: item.time === undefined ? undefined : new Date(item.time),
  }) as InstanceViewStatus;
}

/**
 * Converts a {@link LinuxUserConfiguration} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function linuxUserConfigurationSerializer(item: LinuxUserConfiguration): Rest.LinuxUserConfiguration {
  return omitUndefined({
    uid: item.uid,
    gid: item.gid,
    sshPrivateKey: item.sshPrivateKey,
  }) as Rest.LinuxUserConfiguration;
}

/**
 * Converts the wire form of a {@link LinuxUserConfiguration} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function linuxUserConfigurationDeserializer(
  item: RestOutput.LinuxUserConfigurationOutput,
): LinuxUserConfiguration {
  return omitUndefined({
    uid: item.uid,
    gid: item.gid,
    sshPrivateKey: item.sshPrivateKey,
  }) as LinuxUserConfiguration;
}

/**
 * Converts a {@link ManagedDisk} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function managedDiskSerializer(item: ManagedDisk): Rest.ManagedDisk {
  return omitUndefined({
    diskEncryptionSet:
      item.diskEncryptionSet === undefined ? undefined : diskEncryptionSetParametersSerializer(item.diskEncryptionSet),
    storageAccountType: item.storageAccountType,
    securityProfile:
      item.securityProfile === undefined ? undefined : batchVmDiskSecurityProfileSerializer(item.securityProfile),
  }) as Rest.ManagedDisk;
}

/**
 * Converts the wire form of a {@link ManagedDisk} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function managedDiskDeserializer(item: RestOutput.ManagedDiskOutput): ManagedDisk {
  return omitUndefined({
    diskEncryptionSet:
      item.diskEncryptionSet === undefined
        ? undefined
        : diskEncryptionSetParametersDeserializer(item.diskEncryptionSet),
    storageAccountType: item.storageAccountType,
    securityProfile:
      item.securityProfile === undefined ? undefined : batchVmDiskSecurityProfileDeserializer(item.securityProfile),
  }) as ManagedDisk;
}

/**
 * Converts a {@link MaxInstancePercentPerZonePolicy} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function maxInstancePercentPerZonePolicySerializer(
  item: MaxInstancePercentPerZonePolicy,
): Rest.MaxInstancePercentPerZonePolicy {
  return omitUndefined({
    enabled: item.enabled,
    value: item.value,
  }) as Rest.MaxInstancePercentPerZonePolicy;
}

/**
 * Converts the wire form of a {@link MaxInstancePercentPerZonePolicy} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function maxInstancePercentPerZonePolicyDeserializer(
  item: RestOutput.MaxInstancePercentPerZonePolicyOutput,
): MaxInstancePercentPerZonePolicy {
  return omitUndefined({
    enabled: item.enabled,
    value: item.value,
  }) as MaxInstancePercentPerZonePolicy;
}

/**
 * Converts a {@link MaxInstancePercentPerZonePolicyUpdate} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function maxInstancePercentPerZonePolicyUpdateSerializer(
  item: MaxInstancePercentPerZonePolicyUpdate,
): Rest.MaxInstancePercentPerZonePolicyUpdate {
  return omitUndefined({
    enabled: item.enabled,
    value: item.value,
  }) as Rest.MaxInstancePercentPerZonePolicyUpdate;
}

/**
 * Converts a {@link MountConfiguration} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function mountConfigurationSerializer(item: MountConfiguration): Rest.MountConfiguration {
  return omitUndefined({
    azureBlobFileSystemConfiguration:
      item.azureBlobFileSystemConfiguration === undefined
        ? undefined
        : azureBlobFileSystemConfigurationSerializer(item.azureBlobFileSystemConfiguration),
    nfsMountConfiguration:
      item.nfsMountConfiguration === undefined
        ? undefined
        : nfsMountConfigurationSerializer(item.nfsMountConfiguration),
    cifsMountConfiguration:
      item.cifsMountConfiguration === undefined
        ? undefined
        : cifsMountConfigurationSerializer(item.cifsMountConfiguration),
    azureFileShareConfiguration:
      item.azureFileShareConfiguration === undefined
        ? undefined
        : azureFileShareConfigurationSerializer(item.azureFileShareConfiguration),
  }) as Rest.MountConfiguration;
}

/**
 * Converts the wire form of a {@link MountConfiguration} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function mountConfigurationDeserializer(item: RestOutput.MountConfigurationOutput): MountConfiguration {
  return omitUndefined({
    azureBlobFileSystemConfiguration:
      item.azureBlobFileSystemConfiguration === undefined
        ? undefined
        : azureBlobFileSystemConfigurationDeserializer(item.azureBlobFileSystemConfiguration),
    nfsMountConfiguration:
      item.nfsMountConfiguration === undefined
        ? undefined
        : nfsMountConfigurationDeserializer(item.nfsMountConfiguration),
    cifsMountConfiguration:
      item.cifsMountConfiguration === undefined
        ? undefined
        : cifsMountConfigurationDeserializer(item.cifsMountConfiguration),
    azureFileShareConfiguration:
      item.azureFileShareConfiguration === undefined
        ? undefined
        : azureFileShareConfigurationDeserializer(item.azureFileShareConfiguration),
  }) as MountConfiguration;
}

/**
 * Converts a {@link MultiInstanceSettings} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function multiInstanceSettingsSerializer(item: MultiInstanceSettings): Rest.MultiInstanceSettings {
  return omitUndefined({
    numberOfInstances: item.numberOfInstances,
    coordinationCommandLine: item.coordinationCommandLine,
    commonResourceFiles:
      item.commonResourceFiles === undefined
        ? undefined
        : item.commonResourceFiles.map((p) => resourceFileSerializer(p)),
  }) as Rest.MultiInstanceSettings;
}

/**
 * Converts the wire form of a {@link MultiInstanceSettings} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function multiInstanceSettingsDeserializer(item: RestOutput.MultiInstanceSettingsOutput): MultiInstanceSettings {
  return omitUndefined({
    numberOfInstances: item.numberOfInstances,
    coordinationCommandLine: item.coordinationCommandLine,
    commonResourceFiles:
      item.commonResourceFiles === undefined
        ? undefined
        : item.commonResourceFiles.map((p) => resourceFileDeserializer(p)),
  }) as MultiInstanceSettings;
}

/**
 * Converts a {@link NameValuePair} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function nameValuePairSerializer(item: NameValuePair): Rest.NameValuePair {
  return omitUndefined({
    name: item.name,
    value: item.value,
  }) as Rest.NameValuePair;
}

/**
 * Converts the wire form of a {@link NameValuePair} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function nameValuePairDeserializer(item: RestOutput.NameValuePairOutput): NameValuePair {
  return omitUndefined({
    name: item.name,
    value: item.value,
  }) as NameValuePair;
}

/**
 * Converts a {@link NetworkConfiguration} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function networkConfigurationSerializer(item: NetworkConfiguration): Rest.NetworkConfiguration {
  return omitUndefined({
    subnetId: item.subnetId,
    dynamicVNetAssignmentScope: item.dynamicVnetAssignmentScope,
    endpointConfiguration:
      item.endpointConfiguration === undefined
        ? undefined
        : batchPoolEndpointConfigurationSerializer(item.endpointConfiguration),
    publicIPAddressConfiguration:
      item.publicIpAddressConfiguration === undefined
        ? undefined
        : batchPublicIpAddressConfigurationSerializer(item.publicIpAddressConfiguration),
    enableAcceleratedNetworking: item.enableAcceleratedNetworking,
  }) as Rest.NetworkConfiguration;
}

/**
 * Converts the wire form of a {@link NetworkConfiguration} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function networkConfigurationDeserializer(item: RestOutput.NetworkConfigurationOutput): NetworkConfiguration {
  return omitUndefined({
    subnetId: item.subnetId,
    dynamicVnetAssignmentScope: item.dynamicVNetAssignmentScope,
    endpointConfiguration:
      item.endpointConfiguration === undefined
        ? undefined
        : batchPoolEndpointConfigurationDeserializer(item.endpointConfiguration),
    publicIpAddressConfiguration:
      item.publicIPAddressConfiguration === undefined
        ? undefined
        : batchPublicIpAddressConfigurationDeserializer(item.publicIPAddressConfiguration),
    enableAcceleratedNetworking: item.enableAcceleratedNetworking,
  }) as NetworkConfiguration;
}

/**
 * Converts a {@link NetworkConfigurationUpdate} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function networkConfigurationUpdateSerializer(
  item: NetworkConfigurationUpdate,
): Rest.NetworkConfigurationUpdate {
  return omitUndefined({
    subnetId: item.subnetId,
    dynamicVNetAssignmentScope: item.dynamicVnetAssignmentScope,
    endpointConfiguration:
      item.endpointConfiguration === undefined
        ? undefined
        : batchPoolEndpointConfigurationUpdateSerializer(item.endpointConfiguration),
    publicIPAddressConfiguration:
      item.publicIpAddressConfiguration === undefined
        ? undefined
        : batchPublicIpAddressConfigurationSerializer(item.publicIpAddressConfiguration),
    enableAcceleratedNetworking: item.enableAcceleratedNetworking,
  }) as Rest.NetworkConfigurationUpdate;
}

/**
 * Converts a {@link NetworkSecurityGroupRule} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function networkSecurityGroupRuleSerializer(item: NetworkSecurityGroupRule): Rest.NetworkSecurityGroupRule {
  return omitUndefined({
    priority: item.priority,
    access: item.access,
    sourceAddressPrefix: item.sourceAddressPrefix,
    sourcePortRanges: item.sourcePortRanges,
  }) as Rest.NetworkSecurityGroupRule;
}

/**
 * Converts the wire form of a {@link NetworkSecurityGroupRule} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function networkSecurityGroupRuleDeserializer(
  item: RestOutput.NetworkSecurityGroupRuleOutput,
): NetworkSecurityGroupRule {
  return omitUndefined({
    priority: item.priority,
    access: item.access,
    sourceAddressPrefix: item.sourceAddressPrefix,
    sourcePortRanges: item.sourcePortRanges,
  }) as NetworkSecurityGroupRule;
}

/**
 * Converts a {@link NfsMountConfiguration} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function nfsMountConfigurationSerializer(item: NfsMountConfiguration): Rest.NfsMountConfiguration {
  return omitUndefined({
    source: item.source,
    relativeMountPath: item.relativeMountPath,
    mountOptions: item.mountOptions,
  }) as Rest.NfsMountConfiguration;
}

/**
 * Converts the wire form of a {@link NfsMountConfiguration} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function nfsMountConfigurationDeserializer(item: RestOutput.NfsMountConfigurationOutput): NfsMountConfiguration {
  return omitUndefined({
    source: item.source,
    relativeMountPath: item.relativeMountPath,
    mountOptions: item.mountOptions,
  }) as NfsMountConfiguration;
}

/**
 * Converts a {@link OutputFile} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function outputFileSerializer(item: OutputFile): Rest.OutputFile {
  return omitUndefined({
    filePattern: item.filePattern,
    destination: outputFileDestinationSerializer(item.destination),
    uploadOptions: outputFileUploadConfigSerializer(item.uploadOptions),
  }) as Rest.OutputFile;
}

/**
 * Converts the wire form of a {@link OutputFile} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function outputFileDeserializer(item: RestOutput.OutputFileOutput): OutputFile {
  return omitUndefined({
    filePattern: item.filePattern,
    destination: item.destination === undefined ? undefined : outputFileDestinationDeserializer(item.destination),
    uploadOptions:
      item.uploadOptions === undefined ? undefined : outputFileUploadConfigDeserializer(item.uploadOptions),
  }) as OutputFile;
}

/**
 * Converts a {@link OutputFileBlobContainerDestination} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function outputFileBlobContainerDestinationSerializer(
  item: OutputFileBlobContainerDestination,
): Rest.OutputFileBlobContainerDestination {
  return omitUndefined({
    path: item.path,
    containerUrl: item.containerUrl,
    identityReference:
      item.identityReference === undefined ? undefined : batchNodeIdentityReferenceSerializer(item.identityReference),
    uploadHeaders:
      item.uploadHeaders === undefined ? undefined : item.uploadHeaders.map((p) => outputFileUploadHeaderSerializer(p)),
  }) as Rest.OutputFileBlobContainerDestination;
}

/**
 * Converts the wire form of a {@link OutputFileBlobContainerDestination} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function outputFileBlobContainerDestinationDeserializer(
  item: RestOutput.OutputFileBlobContainerDestinationOutput,
): OutputFileBlobContainerDestination {
  return omitUndefined({
    path: item.path,
    containerUrl: item.containerUrl,
    identityReference:
      item.identityReference === undefined ? undefined : batchNodeIdentityReferenceDeserializer(item.identityReference),
    uploadHeaders:
      item.uploadHeaders === undefined
        ? undefined
        : item.uploadHeaders.map((p) => outputFileUploadHeaderDeserializer(p)),
  }) as OutputFileBlobContainerDestination;
}

/**
 * Converts a {@link OutputFileDestination} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function outputFileDestinationSerializer(item: OutputFileDestination): Rest.OutputFileDestination {
  return omitUndefined({
    container: item.container === undefined ? undefined : outputFileBlobContainerDestinationSerializer(item.container),
  }) as Rest.OutputFileDestination;
}

/**
 * Converts the wire form of a {@link OutputFileDestination} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function outputFileDestinationDeserializer(item: RestOutput.OutputFileDestinationOutput): OutputFileDestination {
  return omitUndefined({
    container:
      item.container === undefined ? undefined : outputFileBlobContainerDestinationDeserializer(item.container),
  }) as OutputFileDestination;
}

/**
 * Converts a {@link OutputFileUploadConfig} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function outputFileUploadConfigSerializer(item: OutputFileUploadConfig): Rest.OutputFileUploadConfig {
  return omitUndefined({
    uploadCondition: item.uploadCondition,
  }) as Rest.OutputFileUploadConfig;
}

/**
 * Converts the wire form of a {@link OutputFileUploadConfig} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function outputFileUploadConfigDeserializer(
  item: RestOutput.OutputFileUploadConfigOutput,
): OutputFileUploadConfig {
  return omitUndefined({
    uploadCondition: item.uploadCondition,
  }) as OutputFileUploadConfig;
}

/**
 * Converts a {@link OutputFileUploadHeader} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function outputFileUploadHeaderSerializer(item: OutputFileUploadHeader): Rest.OutputFileUploadHeader {
  return omitUndefined({
    name: item.name,
    value: item.value,
  }) as Rest.OutputFileUploadHeader;
}

/**
 * Converts the wire form of a {@link OutputFileUploadHeader} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function outputFileUploadHeaderDeserializer(
  item: RestOutput.OutputFileUploadHeaderOutput,
): OutputFileUploadHeader {
  return omitUndefined({
    name: item.name,
    value: item.value,
  }) as OutputFileUploadHeader;
}

/**
 * Converts a {@link Placement} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function placementSerializer(item: Placement): Rest.Placement {
  return omitUndefined({
    zonePlacementPolicy: item.zonePlacementPolicy,
  }) as Rest.Placement;
}

/**
 * Converts the wire form of a {@link Placement} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function placementDeserializer(item: RestOutput.PlacementOutput): Placement {
  return omitUndefined({
    zonePlacementPolicy: item.zonePlacementPolicy,
  }) as Placement;
}

/**
 * Converts a {@link PlacementUpdate} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function placementUpdateSerializer(item: PlacementUpdate): Rest.PlacementUpdate {
  return omitUndefined({
    zonePlacementPolicy: item.zonePlacementPolicy,
  }) as Rest.PlacementUpdate;
}

/**
 * Converts a {@link ProxyAgentSettings} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function proxyAgentSettingsSerializer(item: ProxyAgentSettings): Rest.ProxyAgentSettings {
  return omitUndefined({
    enabled: item.enabled,
    imds: item.imds === undefined ? undefined : hostEndpointSettingsSerializer(item.imds),
    wireServer: item.wireServer === undefined ? undefined : hostEndpointSettingsSerializer(item.wireServer),
  }) as Rest.ProxyAgentSettings;
}

/**
 * Converts the wire form of a {@link ProxyAgentSettings} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function proxyAgentSettingsDeserializer(item: RestOutput.ProxyAgentSettingsOutput): ProxyAgentSettings {
  return omitUndefined({
    enabled: item.enabled,
    imds: item.imds === undefined ? undefined : hostEndpointSettingsDeserializer(item.imds),
    wireServer: item.wireServer === undefined ? undefined : hostEndpointSettingsDeserializer(item.wireServer),
  }) as ProxyAgentSettings;
}

/**
 * Converts a {@link RecentBatchJob} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function recentBatchJobSerializer(item: RecentBatchJob): Rest.RecentBatchJob {
  return omitUndefined({
    id: item.id,
    url: item.url,
  }) as Rest.RecentBatchJob;
}

/**
 * Converts the wire form of a {@link RecentBatchJob} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function recentBatchJobDeserializer(item: RestOutput.RecentBatchJobOutput): RecentBatchJob {
  return omitUndefined({
    id: item.id,
    url: item.url,
  }) as RecentBatchJob;
}

/**
 * Converts a {@link ResiliencyPolicy} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function resiliencyPolicySerializer(item: ResiliencyPolicy): Rest.ResiliencyPolicy {
  return omitUndefined({
    zoneAllocationPolicy: zoneAllocationPolicySerializer(item.zoneAllocationPolicy),
  }) as Rest.ResiliencyPolicy;
}

/**
 * Converts the wire form of a {@link ResiliencyPolicy} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function resiliencyPolicyDeserializer(item: RestOutput.ResiliencyPolicyOutput): ResiliencyPolicy {
  return omitUndefined({
    zoneAllocationPolicy:
      item.zoneAllocationPolicy === undefined ? undefined : zoneAllocationPolicyDeserializer(item.zoneAllocationPolicy),
  }) as ResiliencyPolicy;
}

/**
 * Converts a {@link ResiliencyPolicyUpdate} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function resiliencyPolicyUpdateSerializer(item: ResiliencyPolicyUpdate): Rest.ResiliencyPolicyUpdate {
  return omitUndefined({
    zoneAllocationPolicy:
      item.zoneAllocationPolicy === undefined
        ? undefined
        : zoneAllocationPolicyUpdateSerializer(item.zoneAllocationPolicy),
  }) as Rest.ResiliencyPolicyUpdate;
}

/**
 * Converts the wire form of a {@link ResizeError} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function resizeErrorDeserializer(item: RestOutput.ResizeErrorOutput): ResizeError {
  return omitUndefined({
    code: item.code,
    message: item.message,
    values: item.values === undefined ? undefined : item.values.map((p) => nameValuePairDeserializer(p)),
  }) as ResizeError;
}

/**
 * Converts a {@link ResourceFile} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function resourceFileSerializer(item: ResourceFile): Rest.ResourceFile {
  return omitUndefined({
    autoStorageContainerName: item.autoStorageContainerName,
    storageContainerUrl: item.storageContainerUrl,
    httpUrl: item.httpUrl,
    blobPrefix: item.blobPrefix,
    filePath: item.filePath,
    fileMode: item.fileMode,
    identityReference:
      item.identityReference === undefined ? undefined : batchNodeIdentityReferenceSerializer(item.identityReference),
  }) as Rest.ResourceFile;
}

/**
 * Converts the wire form of a {@link ResourceFile} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function resourceFileDeserializer(item: RestOutput.ResourceFileOutput): ResourceFile {
  return omitUndefined({
    autoStorageContainerName: item.autoStorageContainerName,
    storageContainerUrl: item.storageContainerUrl,
    httpUrl: item.httpUrl,
    blobPrefix: item.blobPrefix,
    filePath: item.filePath,
    fileMode: item.fileMode,
    identityReference:
      item.identityReference === undefined ? undefined : batchNodeIdentityReferenceDeserializer(item.identityReference),
  }) as ResourceFile;
}

/**
 * Converts a {@link RollingUpgradePolicy} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function rollingUpgradePolicySerializer(item: RollingUpgradePolicy): Rest.RollingUpgradePolicy {
  return omitUndefined({
    enableCrossZoneUpgrade: item.enableCrossZoneUpgrade,
    maxBatchInstancePercent: item.maxBatchInstancePercent,
    maxUnhealthyInstancePercent: item.maxUnhealthyInstancePercent,
    maxUnhealthyUpgradedInstancePercent: item.maxUnhealthyUpgradedInstancePercent,
    pauseTimeBetweenBatches: item.pauseTimeBetweenBatches,
    prioritizeUnhealthyInstances: item.prioritizeUnhealthyInstances,
    rollbackFailedInstancesOnPolicyBreach: item.rollbackFailedInstancesOnPolicyBreach,
  }) as Rest.RollingUpgradePolicy;
}

/**
 * Converts the wire form of a {@link RollingUpgradePolicy} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function rollingUpgradePolicyDeserializer(item: RestOutput.RollingUpgradePolicyOutput): RollingUpgradePolicy {
  return omitUndefined({
    enableCrossZoneUpgrade: item.enableCrossZoneUpgrade,
    maxBatchInstancePercent: item.maxBatchInstancePercent,
    maxUnhealthyInstancePercent: item.maxUnhealthyInstancePercent,
    maxUnhealthyUpgradedInstancePercent: item.maxUnhealthyUpgradedInstancePercent,
    pauseTimeBetweenBatches: item.pauseTimeBetweenBatches,
    prioritizeUnhealthyInstances: item.prioritizeUnhealthyInstances,
    rollbackFailedInstancesOnPolicyBreach: item.rollbackFailedInstancesOnPolicyBreach,
  }) as RollingUpgradePolicy;
}

/**
 * Converts a {@link SecurityProfile} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function securityProfileSerializer(item: SecurityProfile): Rest.SecurityProfile {
  return omitUndefined({
    encryptionAtHost: item.encryptionAtHost,
    proxyAgentSettings:
      item.proxyAgentSettings === undefined ? undefined : proxyAgentSettingsSerializer(item.proxyAgentSettings),
    securityType: item.securityType,
    uefiSettings: item.uefiSettings === undefined ? undefined : batchUefiSettingsSerializer(item.uefiSettings),
  }) as Rest.SecurityProfile;
}

/**
 * Converts the wire form of a {@link SecurityProfile} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function securityProfileDeserializer(item: RestOutput.SecurityProfileOutput): SecurityProfile {
  return omitUndefined({
    encryptionAtHost: item.encryptionAtHost,
    proxyAgentSettings:
      item.proxyAgentSettings === undefined ? undefined : proxyAgentSettingsDeserializer(item.proxyAgentSettings),
    securityType: item.securityType,
    uefiSettings: item.uefiSettings === undefined ? undefined : batchUefiSettingsDeserializer(item.uefiSettings),
  }) as SecurityProfile;
}

/**
 * Converts a {@link ServiceArtifactReference} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function serviceArtifactReferenceSerializer(item: ServiceArtifactReference): Rest.ServiceArtifactReference {
  return omitUndefined({
    id: item.id,
  }) as Rest.ServiceArtifactReference;
}

/**
 * Converts the wire form of a {@link ServiceArtifactReference} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function serviceArtifactReferenceDeserializer(
  item: RestOutput.ServiceArtifactReferenceOutput,
): ServiceArtifactReference {
  return omitUndefined({
    id: item.id,
  }) as ServiceArtifactReference;
}

/**
 * Converts a {@link ServiceArtifactReferenceUpdate} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function serviceArtifactReferenceUpdateSerializer(
  item: ServiceArtifactReferenceUpdate,
): Rest.ServiceArtifactReferenceUpdate {
  return omitUndefined({
    id: item.id,
  }) as Rest.ServiceArtifactReferenceUpdate;
}

/**
 * Converts a {@link UpgradePolicy} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function upgradePolicySerializer(item: UpgradePolicy): Rest.UpgradePolicy {
  return omitUndefined({
    mode: item.mode,
    automaticOSUpgradePolicy:
      item.automaticOsUpgradePolicy === undefined
        ? undefined
        : automaticOsUpgradePolicySerializer(item.automaticOsUpgradePolicy),
    rollingUpgradePolicy:
      item.rollingUpgradePolicy === undefined ? undefined : rollingUpgradePolicySerializer(item.rollingUpgradePolicy),
  }) as Rest.UpgradePolicy;
}

/**
 * Converts the wire form of a {@link UpgradePolicy} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function upgradePolicyDeserializer(item: RestOutput.UpgradePolicyOutput): UpgradePolicy {
  return omitUndefined({
    mode: item.mode,
    automaticOsUpgradePolicy:
      item.automaticOSUpgradePolicy === undefined
        ? undefined
        : automaticOsUpgradePolicyDeserializer(item.automaticOSUpgradePolicy),
    rollingUpgradePolicy:
      item.rollingUpgradePolicy === undefined ? undefined : rollingUpgradePolicyDeserializer(item.rollingUpgradePolicy),
  }) as UpgradePolicy;
}

/**
 * Converts a {@link UpgradePolicyUpdate} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function upgradePolicyUpdateSerializer(item: UpgradePolicyUpdate): Rest.UpgradePolicyUpdate {
  return omitUndefined({
    mode: item.mode,
    automaticOSUpgradePolicy:
      item.automaticOsUpgradePolicy === undefined
        ? undefined
        : automaticOsUpgradePolicySerializer(item.automaticOsUpgradePolicy),
    rollingUpgradePolicy:
      item.rollingUpgradePolicy === undefined ? undefined : rollingUpgradePolicySerializer(item.rollingUpgradePolicy),
  }) as Rest.UpgradePolicyUpdate;
}

/**
 * Converts a {@link UploadBatchServiceLogsOptions} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function uploadBatchServiceLogsOptionsSerializer(
  item: UploadBatchServiceLogsOptions,
): Rest.UploadBatchServiceLogsOptions {
  return omitUndefined({
    containerUrl: item.containerUrl,
    startTime: item.startTime.toISOString(),
    endTime: item.endTime === undefined ? undefined : item.endTime.toISOString(),
    identityReference:
      item.identityReference === undefined ? undefined : batchNodeIdentityReferenceSerializer(item.identityReference),
  }) as Rest.UploadBatchServiceLogsOptions;
}

/**
 * Converts the wire form of a {@link UploadBatchServiceLogsResult} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function uploadBatchServiceLogsResultDeserializer(
  item: RestOutput.UploadBatchServiceLogsResultOutput,
): UploadBatchServiceLogsResult {
  return omitUndefined({
    virtualDirectoryName: item.virtualDirectoryName,
    numberOfFilesUploaded: item.numberOfFilesUploaded,
  }) as UploadBatchServiceLogsResult;
}

/**
 * Converts a {@link UserAccount} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function userAccountSerializer(item: UserAccount): Rest.UserAccount {
  return omitUndefined({
    name: item.name,
    password: item.password,
    elevationLevel: item.elevationLevel,
    linuxUserConfiguration:
      item.linuxUserConfiguration === undefined
        ? undefined
        : linuxUserConfigurationSerializer(item.linuxUserConfiguration),
    windowsUserConfiguration:
      item.windowsUserConfiguration === undefined
        ? undefined
        : windowsUserConfigurationSerializer(item.windowsUserConfiguration),
  }) as Rest.UserAccount;
}

/**
 * Converts the wire form of a {@link UserAccount} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function userAccountDeserializer(item: RestOutput.UserAccountOutput): UserAccount {
  return omitUndefined({
    name: item.name,
    password: item.password,
    elevationLevel: item.elevationLevel,
    linuxUserConfiguration:
      item.linuxUserConfiguration === undefined
        ? undefined
        : linuxUserConfigurationDeserializer(item.linuxUserConfiguration),
    windowsUserConfiguration:
      item.windowsUserConfiguration === undefined
        ? undefined
        : windowsUserConfigurationDeserializer(item.windowsUserConfiguration),
  }) as UserAccount;
}

/**
 * Converts a {@link UserIdentity} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function userIdentitySerializer(item: UserIdentity): Rest.UserIdentity {
  return omitUndefined({
    username: item.username,
    autoUser: item.autoUser === undefined ? undefined : autoUserSpecificationSerializer(item.autoUser),
  }) as Rest.UserIdentity;
}

/**
 * Converts the wire form of a {@link UserIdentity} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function userIdentityDeserializer(item: RestOutput.UserIdentityOutput): UserIdentity {
  return omitUndefined({
    username: item.username,
    autoUser: item.autoUser === undefined ? undefined : autoUserSpecificationDeserializer(item.autoUser),
  }) as UserIdentity;
}

/**
 * Converts a {@link VMExtension} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function vMExtensionSerializer(item: VMExtension): Rest.VMExtension {
  return omitUndefined({
    name: item.name,
    publisher: item.publisher,
    type: item.type,
    typeHandlerVersion: item.typeHandlerVersion,
    autoUpgradeMinorVersion: item.autoUpgradeMinorVersion,
    enableAutomaticUpgrade: item.enableAutomaticUpgrade,
    settings: item.settings,
    protectedSettings: item.protectedSettings,
    provisionAfterExtensions: item.provisionAfterExtensions,
  }) as Rest.VMExtension;
}

/**
 * Converts the wire form of a {@link VMExtension} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function vMExtensionDeserializer(item: RestOutput.VMExtensionOutput): VMExtension {
  return omitUndefined({
    name: item.name,
    publisher: item.publisher,
    type: item.type,
    typeHandlerVersion: item.typeHandlerVersion,
    autoUpgradeMinorVersion: item.autoUpgradeMinorVersion,
    enableAutomaticUpgrade: item.enableAutomaticUpgrade,
    settings: item.settings,
    protectedSettings: item.protectedSettings,
    provisionAfterExtensions: item.provisionAfterExtensions,
  }) as VMExtension;
}

/**
 * Converts the wire form of a {@link VMExtensionInstanceView} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function vMExtensionInstanceViewDeserializer(
  item: RestOutput.VMExtensionInstanceViewOutput,
): VMExtensionInstanceView {
  return omitUndefined({
    name: item.name,
    statuses: item.statuses === undefined ? undefined : item.statuses.map((p) => instanceViewStatusDeserializer(p)),
    subStatuses:
      item.subStatuses === undefined ? undefined : item.subStatuses.map((p) => instanceViewStatusDeserializer(p)),
  }) as VMExtensionInstanceView;
}

/**
 * Converts a {@link VMSizeProperties} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function vMSizePropertiesSerializer(item: VMSizeProperties): Rest.VMSizeProperties {
  return omitUndefined({
    vCPUsAvailable: item.vCPUsAvailable,
    vCPUsPerCore: item.vCPUsPerCore,
  }) as Rest.VMSizeProperties;
}

/**
 * Converts the wire form of a {@link VMSizeProperties} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function vMSizePropertiesDeserializer(item: RestOutput.VMSizePropertiesOutput): VMSizeProperties {
  return omitUndefined({
    vCPUsAvailable: item.vCPUsAvailable,
    vCPUsPerCore: item.vCPUsPerCore,
  }) as VMSizeProperties;
}

/**
 * Converts a {@link VirtualMachineConfiguration} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function virtualMachineConfigurationSerializer(
  item: VirtualMachineConfiguration,
): Rest.VirtualMachineConfiguration {
  return omitUndefined({
    imageReference: batchVmImageReferenceSerializer(item.imageReference),
    nodeAgentSKUId: item.nodeAgentSkuId,
    windowsConfiguration:
      item.windowsConfiguration === undefined ? undefined : windowsConfigurationSerializer(item.windowsConfiguration),
    dataDisks: item.dataDisks === undefined ? undefined : item.dataDisks.map((p) => dataDiskSerializer(p)),
    licenseType: item.licenseType,
    containerConfiguration:
      item.containerConfiguration === undefined
        ? undefined
        : batchContainerConfigurationSerializer(item.containerConfiguration),
    diskEncryptionConfiguration:
      item.diskEncryptionConfiguration === undefined
        ? undefined
        : diskEncryptionConfigurationSerializer(item.diskEncryptionConfiguration),
    nodePlacementConfiguration:
      item.nodePlacementConfiguration === undefined
        ? undefined
        : batchNodePlacementConfigurationSerializer(item.nodePlacementConfiguration),
    extensions: item.extensions === undefined ? undefined : item.extensions.map((p) => vMExtensionSerializer(p)),
    osDisk: item.osDisk === undefined ? undefined : batchOsDiskSerializer(item.osDisk),
    securityProfile: item.securityProfile === undefined ? undefined : securityProfileSerializer(item.securityProfile),
    serviceArtifactReference:
      item.serviceArtifactReference === undefined
        ? undefined
        : serviceArtifactReferenceSerializer(item.serviceArtifactReference),
    hardwareProfile: item.hardwareProfile === undefined ? undefined : hardwareProfileSerializer(item.hardwareProfile),
    placement: item.placement === undefined ? undefined : placementSerializer(item.placement),
    resiliencyPolicy:
      item.resiliencyPolicy === undefined ? undefined : resiliencyPolicySerializer(item.resiliencyPolicy),
  }) as Rest.VirtualMachineConfiguration;
}

/**
 * Converts the wire form of a {@link VirtualMachineConfiguration} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function virtualMachineConfigurationDeserializer(
  item: RestOutput.VirtualMachineConfigurationOutput,
): VirtualMachineConfiguration {
  return omitUndefined({
    imageReference:
      item.imageReference === undefined ? undefined : batchVmImageReferenceDeserializer(item.imageReference),
    nodeAgentSkuId: item.nodeAgentSKUId,
    windowsConfiguration:
      item.windowsConfiguration === undefined ? undefined : windowsConfigurationDeserializer(item.windowsConfiguration),
    dataDisks: item.dataDisks === undefined ? undefined : item.dataDisks.map((p) => dataDiskDeserializer(p)),
    licenseType: item.licenseType,
    containerConfiguration:
      item.containerConfiguration === undefined
        ? undefined
        : batchContainerConfigurationDeserializer(item.containerConfiguration),
    diskEncryptionConfiguration:
      item.diskEncryptionConfiguration === undefined
        ? undefined
        : diskEncryptionConfigurationDeserializer(item.diskEncryptionConfiguration),
    nodePlacementConfiguration:
      item.nodePlacementConfiguration === undefined
        ? undefined
        : batchNodePlacementConfigurationDeserializer(item.nodePlacementConfiguration),
    extensions: item.extensions === undefined ? undefined : item.extensions.map((p) => vMExtensionDeserializer(p)),
    osDisk: item.osDisk === undefined ? undefined : batchOsDiskDeserializer(item.osDisk),
    securityProfile: item.securityProfile === undefined ? undefined : securityProfileDeserializer(item.securityProfile),
    serviceArtifactReference:
      item.serviceArtifactReference === undefined
        ? undefined
        : serviceArtifactReferenceDeserializer(item.serviceArtifactReference),
    hardwareProfile: item.hardwareProfile === undefined ? undefined : hardwareProfileDeserializer(item.hardwareProfile),
    placement: item.placement === undefined ? undefined : placementDeserializer(item.placement),
    resiliencyPolicy:
      item.resiliencyPolicy === undefined ? undefined : resiliencyPolicyDeserializer(item.resiliencyPolicy),
  }) as VirtualMachineConfiguration;
}

/**
 * Converts a {@link VirtualMachineConfigurationUpdate} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function virtualMachineConfigurationUpdateSerializer(
  item: VirtualMachineConfigurationUpdate,
): Rest.VirtualMachineConfigurationUpdate {
  return omitUndefined({
    imageReference:
      item.imageReference === undefined ? undefined : batchVmImageReferenceSerializer(item.imageReference),
    nodeAgentSKUId: item.nodeAgentSkuId,
    windowsConfiguration:
      item.windowsConfiguration === undefined ? undefined : windowsConfigurationSerializer(item.windowsConfiguration),
    dataDisks: item.dataDisks === undefined ? undefined : item.dataDisks.map((p) => dataDiskSerializer(p)),
    licenseType: item.licenseType,
    containerConfiguration:
      item.containerConfiguration === undefined
        ? undefined
        : batchContainerConfigurationUpdateSerializer(item.containerConfiguration),
    diskEncryptionConfiguration:
      item.diskEncryptionConfiguration === undefined
        ? undefined
        : diskEncryptionConfigurationSerializer(item.diskEncryptionConfiguration),
    nodePlacementConfiguration:
      item.nodePlacementConfiguration === undefined
        ? undefined
        : batchNodePlacementConfigurationSerializer(item.nodePlacementConfiguration),
    extensions: item.extensions === undefined ? undefined : item.extensions.map((p) => vMExtensionSerializer(p)),
    osDisk: item.osDisk === undefined ? undefined : batchOsDiskSerializer(item.osDisk),
    securityProfile: item.securityProfile === undefined ? undefined : securityProfileSerializer(item.securityProfile),
    serviceArtifactReference:
      item.serviceArtifactReference === undefined
        ? undefined
        : serviceArtifactReferenceUpdateSerializer(item.serviceArtifactReference),
    hardwareProfile: item.hardwareProfile === undefined ? undefined : hardwareProfileSerializer(item.hardwareProfile),
    placement: item.placement === undefined ? undefined : placementUpdateSerializer(item.placement),
    resiliencyPolicy:
      item.resiliencyPolicy === undefined ? undefined : resiliencyPolicyUpdateSerializer(item.resiliencyPolicy),
  }) as Rest.VirtualMachineConfigurationUpdate;
}

/**
 * Converts the wire form of a {@link VirtualMachineInfo} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function virtualMachineInfoDeserializer(item: RestOutput.VirtualMachineInfoOutput): VirtualMachineInfo {
  return omitUndefined({
    imageReference:
      item.imageReference === undefined ? undefined : batchVmImageReferenceDeserializer(item.imageReference),
    scaleSetVmResourceId: item.scaleSetVmResourceId,
  }) as VirtualMachineInfo;
}

/**
 * Converts a {@link VirtualMachineSkuProfile} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function virtualMachineSkuProfileSerializer(item: VirtualMachineSkuProfile): Rest.VirtualMachineSkuProfile {
  return omitUndefined({
    vmSizes:
      item.vmSizes === undefined ? undefined : item.vmSizes.map((p) => virtualMachineSkuProfileVmSizeSerializer(p)),
    allocationStrategy: item.allocationStrategy,
  }) as Rest.VirtualMachineSkuProfile;
}

/**
 * Converts the wire form of a {@link VirtualMachineSkuProfile} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function virtualMachineSkuProfileDeserializer(
  item: RestOutput.VirtualMachineSkuProfileOutput,
): VirtualMachineSkuProfile {
  return omitUndefined({
    vmSizes:
      item.vmSizes === undefined ? undefined : item.vmSizes.map((p) => virtualMachineSkuProfileVmSizeDeserializer(p)),
    allocationStrategy: item.allocationStrategy,
  }) as VirtualMachineSkuProfile;
}

/**
 * Converts a {@link VirtualMachineSkuProfileVmSize} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function virtualMachineSkuProfileVmSizeSerializer(
  item: VirtualMachineSkuProfileVmSize,
): Rest.VirtualMachineSkuProfileVmSize {
  return omitUndefined({
    name: item.name,
    rank: item.rank,
  }) as Rest.VirtualMachineSkuProfileVmSize;
}

/**
 * Converts the wire form of a {@link VirtualMachineSkuProfileVmSize} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function virtualMachineSkuProfileVmSizeDeserializer(
  item: RestOutput.VirtualMachineSkuProfileVmSizeOutput,
): VirtualMachineSkuProfileVmSize {
  return omitUndefined({
    name: item.name,
    rank: item.rank,
  }) as VirtualMachineSkuProfileVmSize;
}

/**
 * Converts a {@link WindowsConfiguration} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function windowsConfigurationSerializer(item: WindowsConfiguration): Rest.WindowsConfiguration {
  return omitUndefined({
    enableAutomaticUpdates: item.enableAutomaticUpdates,
  }) as Rest.WindowsConfiguration;
}

/**
 * Converts the wire form of a {@link WindowsConfiguration} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function windowsConfigurationDeserializer(item: RestOutput.WindowsConfigurationOutput): WindowsConfiguration {
  return omitUndefined({
    enableAutomaticUpdates: item.enableAutomaticUpdates,
  }) as WindowsConfiguration;
}

/**
 * Converts a {@link WindowsUserConfiguration} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function windowsUserConfigurationSerializer(item: WindowsUserConfiguration): Rest.WindowsUserConfiguration {
  return omitUndefined({
    loginMode: item.loginMode,
  }) as Rest.WindowsUserConfiguration;
}

/**
 * Converts the wire form of a {@link WindowsUserConfiguration} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function windowsUserConfigurationDeserializer(
  item: RestOutput.WindowsUserConfigurationOutput,
): WindowsUserConfiguration {
  return omitUndefined({
    loginMode: item.loginMode,
  }) as WindowsUserConfiguration;
}

/**
 * Converts a {@link ZoneAllocationPolicy} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function zoneAllocationPolicySerializer(item: ZoneAllocationPolicy): Rest.ZoneAllocationPolicy {
  return omitUndefined({
    maxZoneCount: item.maxZoneCount,
    maxInstancePercentPerZonePolicy:
      item.maxInstancePercentPerZonePolicy === undefined
        ? undefined
        : maxInstancePercentPerZonePolicySerializer(item.maxInstancePercentPerZonePolicy),
  }) as Rest.ZoneAllocationPolicy;
}

/**
 * Converts the wire form of a {@link ZoneAllocationPolicy} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function zoneAllocationPolicyDeserializer(item: RestOutput.ZoneAllocationPolicyOutput): ZoneAllocationPolicy {
  return omitUndefined({
    maxZoneCount: item.maxZoneCount,
    maxInstancePercentPerZonePolicy:
      item.maxInstancePercentPerZonePolicy === undefined
        ? undefined
        : maxInstancePercentPerZonePolicyDeserializer(item.maxInstancePercentPerZonePolicy),
  }) as ZoneAllocationPolicy;
}

/**
 * Converts a {@link ZoneAllocationPolicyUpdate} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function zoneAllocationPolicyUpdateSerializer(
  item: ZoneAllocationPolicyUpdate,
): Rest.ZoneAllocationPolicyUpdate {
  return omitUndefined({
    maxZoneCount: item.maxZoneCount,
    maxInstancePercentPerZonePolicy:
      item.maxInstancePercentPerZonePolicy === undefined
        ? undefined
        : maxInstancePercentPerZonePolicyUpdateSerializer(item.maxInstancePercentPerZonePolicy),
  }) as Rest.ZoneAllocationPolicyUpdate;
}
