// JavaParse checks the syntax of Java files without their libraries: it
// only parses them (javac's parser, through the compiler API), reports
// syntax errors on stderr and exits 1 when there is one. On stdout it
// prints the value of every string literal, as hex of its UTF-8 bytes, one
// per line, so that codegen's tests can compare them with the profile's
// values. Run with the JDK's source launcher: java JavaParse.java FILE...
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreeScanner;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

public class JavaParse {
    public static void main(String[] args) throws Exception {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8);
        JavacTask task = (JavacTask) compiler.getTask(null, files, diagnostics, List.of("-proc:none"), null,
                files.getJavaFileObjects(args));
        for (CompilationUnitTree unit : task.parse()) {
            new TreeScanner<Void, Void>() {
                @Override
                public Void visitLiteral(LiteralTree node, Void unused) {
                    if (node.getValue() instanceof String s) {
                        System.out.println(HexFormat.of().formatHex(s.getBytes(StandardCharsets.UTF_8)));
                    }
                    return null;
                }
            }.scan(unit, null);
        }
        boolean bad = false;
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() == Diagnostic.Kind.ERROR) {
                System.err.println(d);
                bad = true;
            }
        }
        System.exit(bad ? 1 : 0);
    }
}
