package io.residentid.examples.cli.renewal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class BoundedLineReaderTest {

    @Test
    void readsLinesWithAnyTerminatorAndCountsCharacters() throws Exception {
        BoundedLineReader r = new BoundedLineReader(new StringReader("a,b\r\nc\n\nlast"), 10);
        assertEquals("a,b", r.readLine());
        assertEquals("c", r.readLine());
        assertEquals("", r.readLine());
        assertEquals("last", r.readLine());
        assertNull(r.readLine());
        assertEquals(12, r.consumed());
    }

    @Test
    void overlongLinesAreConsumedAndFlagged() throws Exception {
        String huge = "x".repeat(200_000);
        BoundedLineReader r = new BoundedLineReader(new StringReader("ok\n" + huge + "\nnext\n" + huge), 100);
        assertEquals("ok", r.readLine());
        assertSame(BoundedLineReader.TOO_LONG, r.readLine());
        assertEquals("next", r.readLine());
        assertSame(BoundedLineReader.TOO_LONG, r.readLine());
        assertNull(r.readLine());
    }

    @Test
    void lineOfExactlyTheLimitIsKept() throws Exception {
        BoundedLineReader r = new BoundedLineReader(new StringReader("12345\r\n123456\n"), 5);
        assertEquals("12345", r.readLine());
        assertSame(BoundedLineReader.TOO_LONG, r.readLine());
    }

    @Test
    void progressBar() {
        assertEquals("[##########----------]  50%", BatchCommand.progressBar(50, 100));
        assertEquals("[####################] 100%", BatchCommand.progressBar(200, 100));
        assertEquals("", BatchCommand.progressBar(5, -1));
    }
}
