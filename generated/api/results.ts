// Produced by `npm run generate` (azbatch-codegen, an AutoRest extension) from the Azure Batch spec, api-version 2026-10-01.
// Do not edit: change the spec, autorest.md or codegen/ and regenerate.

/**
 * What `getTaskFileProperties` returns: the response headers, typed.
 */
export interface BatchFileProperties {
  /**
   * The length of the file.
   */
  contentLength?: number;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  lastModified?: Date;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  clientRequestId?: string;
  /**
   * Whether the object represents a directory.
   */
  isDirectory?: boolean;
  /**
   * The file mode attribute in octal format.
   */
  fileMode?: string;
  /**
   * The URL of the file.
   */
  url?: string;
  /**
   * The file creation time.
   */
  creationTime?: Date;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  requestId?: string;
}

/**
 * What `createJob` returns: the response headers, typed.
 */
export interface CreateJobResult {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataServiceId?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  lastModified?: Date;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  clientRequestId?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  requestId?: string;
}

/**
 * What `createJobSchedule` returns: the response headers, typed.
 */
export interface CreateJobScheduleResult {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataServiceId?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  lastModified?: Date;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  clientRequestId?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  requestId?: string;
}

/**
 * What `createNodeUser` returns: the response headers, typed.
 */
export interface CreateNodeUserResult {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataServiceId?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  lastModified?: Date;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  clientRequestId?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  requestId?: string;
}

/**
 * What `createPool` returns: the response headers, typed.
 */
export interface CreatePoolResult {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataServiceId?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  lastModified?: Date;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  clientRequestId?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  requestId?: string;
}

/**
 * What `createTask` returns: the response headers, typed.
 */
export interface CreateTaskResult {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataServiceId?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  lastModified?: Date;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  clientRequestId?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  requestId?: string;
}

/**
 * What `deallocateNode` returns: the response headers, typed.
 */
export interface DeallocateNodeResult {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataServiceId?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  lastModified?: Date;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  clientRequestId?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  requestId?: string;
}

/**
 * What `deleteJob` returns: the response headers, typed.
 */
export interface DeleteJobResult {
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  clientRequestId?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  requestId?: string;
}

/**
 * What `deleteJobSchedule` returns: the response headers, typed.
 */
export interface DeleteJobScheduleResult {
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  clientRequestId?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  requestId?: string;
}

/**
 * What `deleteNodeFile` returns: the response headers, typed.
 */
export interface DeleteNodeFileResult {
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  clientRequestId?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  requestId?: string;
}

/**
 * What `deleteNodeUser` returns: the response headers, typed.
 */
export interface DeleteNodeUserResult {
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  clientRequestId?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  requestId?: string;
}

/**
 * What `deletePool` returns: the response headers, typed.
 */
export interface DeletePoolResult {
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  clientRequestId?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  requestId?: string;
}

/**
 * What `deleteTaskFile` returns: the response headers, typed.
 */
export interface DeleteTaskFileResult {
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  clientRequestId?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  requestId?: string;
}

/**
 * What `deleteTask` returns: the response headers, typed.
 */
export interface DeleteTaskResult {
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  clientRequestId?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  requestId?: string;
}

/**
 * What `disableJob` returns: the response headers, typed.
 */
export interface DisableJobResult {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataServiceId?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  lastModified?: Date;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  clientRequestId?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  requestId?: string;
}

/**
 * What `disableJobSchedule` returns: the response headers, typed.
 */
export interface DisableJobScheduleResult {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataServiceId?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  lastModified?: Date;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  clientRequestId?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  requestId?: string;
}

/**
 * What `disableNodeScheduling` returns: the response headers, typed.
 */
export interface DisableNodeSchedulingResult {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataServiceId?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  lastModified?: Date;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  clientRequestId?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  requestId?: string;
}

/**
 * What `disablePoolAutoScale` returns: the response headers, typed.
 */
export interface DisablePoolAutoScaleResult {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataServiceId?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  lastModified?: Date;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  clientRequestId?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  requestId?: string;
}

/**
 * What `enableJob` returns: the response headers, typed.
 */
export interface EnableJobResult {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataServiceId?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  lastModified?: Date;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  clientRequestId?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  requestId?: string;
}

/**
 * What `enableJobSchedule` returns: the response headers, typed.
 */
export interface EnableJobScheduleResult {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataServiceId?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  lastModified?: Date;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  clientRequestId?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  requestId?: string;
}

/**
 * What `enableNodeScheduling` returns: the response headers, typed.
 */
export interface EnableNodeSchedulingResult {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataServiceId?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  lastModified?: Date;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  clientRequestId?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  requestId?: string;
}

/**
 * What `enablePoolAutoScale` returns: the response headers, typed.
 */
export interface EnablePoolAutoScaleResult {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataServiceId?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  lastModified?: Date;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  clientRequestId?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  requestId?: string;
}

/**
 * What `reactivateTask` returns: the response headers, typed.
 */
export interface ReactivateTaskResult {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataServiceId?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  lastModified?: Date;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  clientRequestId?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  requestId?: string;
}

/**
 * What `rebootNode` returns: the response headers, typed.
 */
export interface RebootNodeResult {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataServiceId?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  lastModified?: Date;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  clientRequestId?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  requestId?: string;
}

/**
 * What `reimageNode` returns: the response headers, typed.
 */
export interface ReimageNodeResult {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataServiceId?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  lastModified?: Date;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  clientRequestId?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  requestId?: string;
}

/**
 * What `removeNodes` returns: the response headers, typed.
 */
export interface RemoveNodesResult {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataServiceId?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  lastModified?: Date;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  clientRequestId?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  requestId?: string;
}

/**
 * What `replaceJob` returns: the response headers, typed.
 */
export interface ReplaceJobResult {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataServiceId?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  lastModified?: Date;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  clientRequestId?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  requestId?: string;
}

/**
 * What `replaceJobSchedule` returns: the response headers, typed.
 */
export interface ReplaceJobScheduleResult {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataServiceId?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  lastModified?: Date;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  clientRequestId?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  requestId?: string;
}

/**
 * What `replaceNodeUser` returns: the response headers, typed.
 */
export interface ReplaceNodeUserResult {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataServiceId?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  lastModified?: Date;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  clientRequestId?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  requestId?: string;
}

/**
 * What `replacePoolProperties` returns: the response headers, typed.
 */
export interface ReplacePoolPropertiesResult {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataServiceId?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  lastModified?: Date;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  clientRequestId?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  requestId?: string;
}

/**
 * What `replaceTask` returns: the response headers, typed.
 */
export interface ReplaceTaskResult {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataServiceId?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  lastModified?: Date;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  clientRequestId?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  requestId?: string;
}

/**
 * What `resizePool` returns: the response headers, typed.
 */
export interface ResizePoolResult {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataServiceId?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  lastModified?: Date;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  clientRequestId?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  requestId?: string;
}

/**
 * What `startNode` returns: the response headers, typed.
 */
export interface StartNodeResult {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataServiceId?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  lastModified?: Date;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  clientRequestId?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  requestId?: string;
}

/**
 * What `stopPoolResize` returns: the response headers, typed.
 */
export interface StopPoolResizeResult {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataServiceId?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  lastModified?: Date;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  clientRequestId?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  requestId?: string;
}

/**
 * What `terminateJob` returns: the response headers, typed.
 */
export interface TerminateJobResult {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataServiceId?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  lastModified?: Date;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  clientRequestId?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  requestId?: string;
}

/**
 * What `terminateJobSchedule` returns: the response headers, typed.
 */
export interface TerminateJobScheduleResult {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataServiceId?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  lastModified?: Date;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  clientRequestId?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  requestId?: string;
}

/**
 * What `terminateTask` returns: the response headers, typed.
 */
export interface TerminateTaskResult {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataServiceId?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  lastModified?: Date;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  clientRequestId?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  requestId?: string;
}

/**
 * What `updateJob` returns: the response headers, typed.
 */
export interface UpdateJobResult {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataServiceId?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  lastModified?: Date;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  clientRequestId?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  requestId?: string;
}

/**
 * What `updateJobSchedule` returns: the response headers, typed.
 */
export interface UpdateJobScheduleResult {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataServiceId?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  lastModified?: Date;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  clientRequestId?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  requestId?: string;
}

/**
 * What `updatePool` returns: the response headers, typed.
 */
export interface UpdatePoolResult {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataServiceId?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  lastModified?: Date;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  clientRequestId?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  requestId?: string;
}
