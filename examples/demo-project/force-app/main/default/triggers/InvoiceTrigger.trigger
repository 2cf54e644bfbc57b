trigger InvoiceTrigger on Invoice__c (before insert) {
    for (Invoice__c invoice : Trigger.new) {
        invoice.Total__c = InvoiceService.withTax(invoice.Total__c, 0.2);
    }
}
