package org.restockradar.dispatch.photos;

/** A photo larger than {@link PhotoStore#MAX_BYTES}: the API answers 413. */
public final class PhotoTooLargeException extends IllegalArgumentException {
    public PhotoTooLargeException(String message) {
        super(message);
    }
}
