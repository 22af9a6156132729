/**
 * The Storage account behind `autoStorageContainerName`: the emulator is told
 * where it is (for example Azurite) by an option, since it has no Batch
 * account resource to read it from.
 */
import { BlobServiceClient, StorageSharedKeyCredential, type ContainerClient } from "@azure/storage-blob";
import { STORAGE_PIPELINE_OPTIONS } from "./failures.js";

/** Where the auto-storage account is and how to reach it. */
export interface AutoStorageOptions {
  /** Blob endpoint, for example Azurite's `http://127.0.0.1:10000/devstoreaccount1`. */
  blobEndpoint: string;
  /** Account name for shared key access. */
  accountName?: string;
  /** Account key (base64) for shared key access; without it the containers must allow anonymous read and list. */
  accountKey?: string;
}

/**
 * A client for one container of the auto-storage account.
 * @param options - The account.
 * @param containerName - The container.
 */
export function autoStorageContainer(options: AutoStorageOptions, containerName: string): ContainerClient {
  const credential =
    options.accountName && options.accountKey
      ? new StorageSharedKeyCredential(options.accountName, options.accountKey)
      : undefined;
  return new BlobServiceClient(options.blobEndpoint, credential, STORAGE_PIPELINE_OPTIONS).getContainerClient(
    containerName,
  );
}
