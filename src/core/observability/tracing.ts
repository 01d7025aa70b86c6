import { context, propagation, SpanKind, SpanStatusCode, trace, type Span, type Tracer } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import type { RequestHandler } from 'express';
import type { TracingConfig } from '../../config.js';

/** The span of the HTTP request the code runs in, if tracing is on and there is one. */
export function currentSpan(): Span | undefined {
  return trace.getSpan(context.active());
}

/**
 * Marks each SQL statement on the span of the request that sent it: its kind only (select, insert…),
 * since the text of a statement may carry a name or a date of birth inline.
 */
export function recordStatement(sql: string): void {
  const span = currentSpan();
  if (!span) return;
  span.addEvent('db.statement', { 'db.system.name': 'postgresql', 'db.operation.name': sql.trimStart().split(/\s/, 1)[0]?.toLowerCase() ?? '' });
}

/** OpenTelemetry tracing of the hub, or nothing when it is switched off (`HUB_TRACING`). */
export interface HubTracing {
  /** Opens a server span per HTTP request, continuing the caller's `traceparent`, and runs the request in it. */
  middleware(): RequestHandler;
  /** Sends the spans still buffered and stops. */
  shutdown(): Promise<void>;
}

let contextRegistered = false;

/**
 * Starts tracing when the configuration asks for it: spans go by OTLP over HTTP to the collector
 * the city runs (`OTEL_EXPORTER_OTLP_TRACES_ENDPOINT`). Off, the hub creates no span at all.
 */
export function startTracing(config: TracingConfig | null): HubTracing | null {
  if (!config) return null;
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': config.serviceName }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter({ url: config.tracesUrl }), { scheduledDelayMillis: 1000 })],
  });
  // The async-local context and the W3C propagator are process-wide; several hubs in one process
  // (the tests, the subgraphs) share them.
  if (!contextRegistered) {
    provider.register({ propagator: new W3CTraceContextPropagator() });
    contextRegistered = true;
  }
  const tracer = provider.getTracer('splot');
  return {
    middleware: () => tracingMiddleware(tracer),
    shutdown: () => provider.shutdown(),
  };
}

function tracingMiddleware(tracer: Tracer): RequestHandler {
  return (req, res, next) => {
    const parent = propagation.extract(context.active(), req.headers);
    const span = tracer.startSpan(
      `${req.method} ${req.path}`,
      {
        kind: SpanKind.SERVER,
        attributes: { 'http.request.method': req.method, 'url.path': req.path, 'splot.request_id': String(res.locals.requestId ?? '') },
      },
      parent,
    );
    res.once('finish', () => {
      span.setAttribute('http.response.status_code', res.statusCode);
      if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    });
    res.once('close', () => {
      if (!res.writableFinished) span.end();
    });
    context.with(trace.setSpan(parent, span), next);
  };
}
