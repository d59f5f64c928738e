package eu.vigil.local;

/** The SMTP server and the page that shows its mail, stopped together. */
record LocalMail(LocalMailServer server, MailboxPage page) implements AutoCloseable {

    @Override
    public void close() {
        page.close();
        server.close();
    }
}
