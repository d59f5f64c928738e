package eu.vigil.notifier.obligation.web;

import eu.vigil.notifier.obligation.Receipt;

/** An attached receipt as the API shows it; the file itself is at the same address. */
record ReceiptResponse(String fileName, String mediaType, long sizeBytes, String sha256) {

    static ReceiptResponse of(Receipt receipt) {
        return new ReceiptResponse(receipt.fileName(), receipt.mediaType(), receipt.sizeBytes(), receipt.sha256());
    }
}
