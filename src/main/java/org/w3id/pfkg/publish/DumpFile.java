package org.w3id.pfkg.publish;

/**
 * A file of a release's dumps folder, with its size and SHA-256 checksum.
 *
 * @param name the file name in the dumps folder
 * @param bytes its size
 * @param sha256 lower-case hex
 */
public record DumpFile(String name, long bytes, String sha256) {}
