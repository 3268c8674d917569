package app.saidwho.attribution;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import opennlp.tools.postag.POSModel;

/**
 * OpenNLP's part-of-speech model, read with a beam of one: the tagger then keeps the best tag at each word
 * instead of three running sequences. On every PolNeAR train and dev article the tags came out the same as
 * with the model's default beam of three, at about a third of the tagging time (docs/benchmarks.md).
 * OpenNLP reads the beam from the model's {@code manifest.properties} ({@code BeamSize}) and offers no other
 * way to set it, so the manifest is rewritten as the model is loaded.
 */
final class PosModels {
    static final int BEAM = 1;
    private static final String MANIFEST = "manifest.properties";

    private PosModels() {
    }

    static POSModel load(InputStream model) throws IOException {
        return new POSModel(new ByteArrayInputStream(withBeam(model, BEAM)));
    }

    private static byte[] withBeam(InputStream model, int beam) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(model); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.NO_COMPRESSION); // read back at once: packing it again would only cost time
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] data = in.readAllBytes();
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(entry.getName().equals(MANIFEST) ? manifestWithBeam(data, beam) : data);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] manifestWithBeam(byte[] manifest, int beam) throws IOException {
        Properties properties = new Properties();
        properties.load(new ByteArrayInputStream(manifest));
        properties.setProperty("BeamSize", Integer.toString(beam));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        properties.store(out, null);
        return out.toByteArray();
    }
}
