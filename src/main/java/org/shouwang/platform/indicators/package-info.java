/**
 * The indicator SPI (绩效指标): each module that owns records defines its indicators and counts them through an
 * {@link org.shouwang.platform.indicators.IndicatorSource} bean; the {@code performance} module finds every such
 * bean, keeps rollups from {@link org.shouwang.platform.indicators.IndicatorRecordChanged} events and serves the
 * figures. No module depends on {@code performance}, and {@code performance} never reads another module's tables.
 */
package org.shouwang.platform.indicators;
