package io.acme;

public abstract class Context {
    private static final AtomicReference<Context> INSTANCE = new AtomicReference<>();

    static Object call(Method method, Object instance) throws Exception {
        return method.invoke(instance);
    }
}
